"""The story map and the jobs that make it, as typed SQLAlchemy 2.0 models."""

from __future__ import annotations

import enum
import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from webapp.extensions import db

RELEASE_NAMES = ("MVP", "Release 1", "Later")
#: A release's place says its priority: the first is the MVP slice, the second the next
#: release, any later one "Later" (for exports and the quality report).
RELEASE_TIERS = ("MVP", "Release 1")


def release_tier(position: int) -> str:
    """The priority of the release at ``position``: "MVP", "Release 1" or "Later"."""
    return RELEASE_TIERS[position] if position < len(RELEASE_TIERS) else "Later"


def utcnow() -> datetime:
    return datetime.now(UTC)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    is_admin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    #: Copied into each session at login; logging out or changing the password moves it on,
    #: which ends every session that carries an older one (webapp/auth/sessions.py). It
    #: starts at random: a new account given a deleted one's id (SQLite reuses the highest)
    #: must not accept that account's old cookies.
    session_version: Mapped[int] = mapped_column(
        default=lambda: secrets.randbelow(2**30) + 1, server_default="1"
    )

    def set_password(self, password: str) -> None:
        """Store a scrypt hash of the password, never the password itself."""
        self.password_hash = generate_password_hash(password, method="scrypt")

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


class JobStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    #: Stopped by its owner: a queued job never starts, a running one stops at its next step.
    CANCELLED = "cancelled"


class JobKind(enum.StrEnum):
    MAP = "map"
    WIREFRAMES = "wireframes"
    IMPROVE = "improve"
    REGENERATE = "regenerate"


class Job(db.Model):
    """One request for background work, recorded before its message is published."""

    __tablename__ = "jobs"
    __table_args__ = (
        sa.Index("ix_jobs_user_created", "user_id", "created_at"),
        # The sweep looks for running jobs that stopped changing.
        sa.Index("ix_jobs_status_updated_at", "status", "updated_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(20), default=JobKind.MAP)
    status: Mapped[str] = mapped_column(sa.String(20), default=JobStatus.QUEUED, index=True)
    # The user's submission, kept on the job so that nothing is lost if the work fails:
    # requirements for a map job; the map, story ids, style and platform for wireframes.
    requirements: Mapped[str | None] = mapped_column(sa.Text)
    enhance: Mapped[bool] = mapped_column(default=False)
    # use_alter: projects.job_id points back at jobs, so this key is added after both tables.
    source_project_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("projects.id", ondelete="CASCADE", use_alter=True), index=True
    )
    options: Mapped[dict | None] = mapped_column(sa.JSON)
    priority: Mapped[int] = mapped_column(default=5)
    step: Mapped[str | None] = mapped_column(sa.String(40))
    progress_current: Mapped[int] = mapped_column(default=0)
    progress_total: Mapped[int] = mapped_column(default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    # The id of the message that may run this job; an older message (superseded when an
    # admin raised the priority) finds another id here and does nothing.
    message_id: Mapped[str | None] = mapped_column(sa.String(36))
    # When a failed attempt will be retried, for "attempt 2 of 4, next try in 30 s".
    next_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    error: Mapped[str | None] = mapped_column(sa.Text)
    # The last attempt's traceback and when the message went to the dead-letter queue.
    error_traceback: Mapped[str | None] = mapped_column(sa.Text)
    dead_lettered_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    note: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    enqueued_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    # Set by every change to the row, so a running job that stopped changing has lost its
    # worker (the reaper's clue: a worker commits at each step and each story).
    updated_at: Mapped[datetime | None] = mapped_column(
        sa.DateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    # Milliseconds from the start of the first attempt to the end, for the duration metrics
    # and the estimated wait.
    duration_ms: Mapped[int | None]

    user: Mapped[User] = relationship()
    project: Mapped[Project | None] = relationship(
        back_populates="job", uselist=False, foreign_keys="Project.job_id"
    )
    source_project: Mapped[Project | None] = relationship(foreign_keys=[source_project_id])
    wireframes: Mapped[list[Wireframe]] = relationship(
        back_populates="job", order_by="Wireframe.position", cascade="all, delete-orphan"
    )

    @property
    def is_finished(self) -> bool:
        return self.status in (JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELLED)


class Project(db.Model):
    """A generated story map and the requirements it came from."""

    __tablename__ = "projects"
    __table_args__ = (sa.Index("ix_projects_user_created", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    # Unique: a message delivered twice can never make two maps from one job.
    job_id: Mapped[int | None] = mapped_column(
        sa.ForeignKey("jobs.id", ondelete="SET NULL"), unique=True
    )
    product_name: Mapped[str] = mapped_column(sa.String(200))
    requirements: Mapped[str] = mapped_column(sa.Text)
    enhanced_requirements: Mapped[str | None] = mapped_column(sa.Text)
    # Stage 1's added aspects, open questions and confidence, when its text was used.
    enhancement_details: Mapped[dict | None] = mapped_column(sa.JSON)
    generator: Mapped[str] = mapped_column(sa.String(100))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    #: Raised by every edit of this row: an edit sent with an older one is a conflict.
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    #: The secret of the read-only link /s/<token>; None when the map is not shared.
    share_token: Mapped[str | None] = mapped_column(sa.String(64), unique=True)

    user: Mapped[User] = relationship()
    job: Mapped[Job | None] = relationship(back_populates="project", foreign_keys=[job_id])
    activities: Mapped[list[Activity]] = relationship(
        back_populates="project", order_by="Activity.position", cascade="all, delete-orphan"
    )
    releases: Mapped[list[Release]] = relationship(
        back_populates="project", order_by="Release.position", cascade="all, delete-orphan"
    )


class Activity(db.Model):
    """A step of the backbone, left to right in the order a user does them."""

    __tablename__ = "activities"
    # A deleted row's id is never reused (SQLite would): edits and history name rows by id.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        sa.ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(sa.String(200))
    #: Raised by every edit of this row: an edit sent with an older one is a conflict.
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    project: Mapped[Project] = relationship(back_populates="activities")
    tasks: Mapped[list[Task]] = relationship(
        back_populates="activity", order_by="Task.position", cascade="all, delete-orphan"
    )


class Task(db.Model):
    """A user task under an activity (the walking skeleton)."""

    __tablename__ = "tasks"
    # A deleted row's id is never reused (SQLite would): edits and history name rows by id.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        sa.ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(sa.String(200))
    #: Raised by every edit of this row: an edit sent with an older one is a conflict.
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    activity: Mapped[Activity] = relationship(back_populates="tasks")
    stories: Mapped[list[Story]] = relationship(
        back_populates="task", order_by="Story.position", cascade="all, delete-orphan"
    )


class Release(db.Model):
    """A horizontal slice of the map: MVP, Release 1, Later, or the user's own ("Beta", "Q3")."""

    __tablename__ = "releases"
    # A deleted row's id is never reused (SQLite would): edits and history name rows by id.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        sa.ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    name: Mapped[str] = mapped_column(sa.String(50))
    #: Raised by every edit of this row: an edit sent with an older one is a conflict.
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    project: Mapped[Project] = relationship(back_populates="releases")
    stories: Mapped[list[Story]] = relationship(back_populates="release")


class Story(db.Model):
    __tablename__ = "stories"
    # A deleted row's id is never reused (SQLite would): edits and history name rows by id.
    __table_args__ = {"sqlite_autoincrement": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(sa.ForeignKey("tasks.id", ondelete="CASCADE"), index=True)
    release_id: Mapped[int] = mapped_column(
        sa.ForeignKey("releases.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(sa.String(300))
    description: Mapped[str] = mapped_column(sa.Text)
    acceptance_criteria: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    priority: Mapped[str] = mapped_column(sa.String(20))
    status: Mapped[str] = mapped_column(sa.String(20), default="todo")
    # The requirement sentence(s) the story came from.
    sources: Mapped[list[str]] = mapped_column(sa.JSON, default=list)
    # Not in the requirements: suggested from common journeys for a short idea.
    suggested: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    #: Written on the map by a person (no source), or a generated story a person changed:
    #: regenerating its part keeps it.
    written_by_hand: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    edited_by_hand: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    #: Raised by every edit of this row: an edit sent with an older one is a conflict.
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    task: Mapped[Task] = relationship(back_populates="stories")
    release: Mapped[Release] = relationship(back_populates="stories")
    wireframes: Mapped[list[Wireframe]] = relationship(
        back_populates="story",
        order_by="Wireframe.id",
        primaryjoin="and_(Wireframe.story_id == Story.id, Wireframe.status == 'done')",
        viewonly=True,
    )


class WireframeStatus(enum.StrEnum):
    DONE = "done"
    FAILED = "failed"


class Wireframe(db.Model):
    """One story's screen from a wireframe job: the drawing and its sections, or its error."""

    __tablename__ = "wireframes"
    # Unique per job and story: a redelivered message continues instead of redrawing.
    __table_args__ = (sa.UniqueConstraint("job_id", "story_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(sa.ForeignKey("jobs.id", ondelete="CASCADE"))
    story_id: Mapped[int] = mapped_column(
        sa.ForeignKey("stories.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    status: Mapped[str] = mapped_column(sa.String(20))
    style: Mapped[str] = mapped_column(sa.String(20))
    platform: Mapped[str] = mapped_column(sa.String(20))
    generator: Mapped[str | None] = mapped_column(sa.String(100))
    ascii: Mapped[str | None] = mapped_column(sa.Text)
    layout: Mapped[str | None] = mapped_column(sa.Text)
    ui_elements: Mapped[str | None] = mapped_column(sa.Text)
    navigation: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    job: Mapped[Job] = relationship(back_populates="wireframes")
    story: Mapped[Story] = relationship(back_populates="wireframes")


class MapChange(db.Model):
    """One change to a map, as the rows it touched were before and after it.

    ``ops`` is a list of ``{"kind", "id", "before", "after"}``: ``before`` is None for a row
    the change created, ``after`` None for one it deleted; an update keeps only the fields
    that changed. Undo and restore apply the ``before`` sides.
    """

    __tablename__ = "map_changes"
    __table_args__ = (sa.Index("ix_map_changes_project_id_id", "project_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id", ondelete="CASCADE"))
    user_id: Mapped[int | None] = mapped_column(sa.ForeignKey("users.id", ondelete="SET NULL"))
    #: "edit", "undo", "restore" or "regenerate".
    kind: Mapped[str] = mapped_column(sa.String(20), default="edit")
    summary: Mapped[str] = mapped_column(sa.String(300))
    ops: Mapped[list[dict]] = mapped_column(sa.JSON, default=list)
    #: When "Undo" reverted this change (an undone change is not undone twice).
    undone_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

    user: Mapped[User | None] = relationship()


class PersonalToken(db.Model):
    """A personal access token for the JSON API: it acts as its user and nothing else.

    Only a SHA-256 hash of the secret is kept (the secret is shown once, at creation);
    ``prefix`` (its first characters) tells the user's tokens apart in the list.
    """

    __tablename__ = "personal_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    token_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    prefix: Mapped[str] = mapped_column(sa.String(16))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))

    user: Mapped[User] = relationship()
