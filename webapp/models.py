"""The story map and the jobs that make it, as typed SQLAlchemy 2.0 models."""

from __future__ import annotations

import enum
from datetime import UTC, datetime

import sqlalchemy as sa
from flask_login import UserMixin
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from webapp.extensions import db

RELEASE_NAMES = ("MVP", "Release 1", "Later")


def utcnow() -> datetime:
    return datetime.now(UTC)


class User(UserMixin, db.Model):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(sa.String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    is_admin: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)

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


class JobKind(enum.StrEnum):
    MAP = "map"


class Job(db.Model):
    """One request for background work, recorded before its message is published."""

    __tablename__ = "jobs"
    __table_args__ = (sa.Index("ix_jobs_user_created", "user_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(sa.ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(20), default=JobKind.MAP)
    status: Mapped[str] = mapped_column(sa.String(20), default=JobStatus.QUEUED, index=True)
    # The user's submission, kept on the job so that nothing is lost if the work fails.
    requirements: Mapped[str] = mapped_column(sa.Text)
    enhance: Mapped[bool] = mapped_column(default=False)
    priority: Mapped[int] = mapped_column(default=5)
    step: Mapped[str | None] = mapped_column(sa.String(40))
    progress_current: Mapped[int] = mapped_column(default=0)
    progress_total: Mapped[int] = mapped_column(default=0)
    attempts: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(sa.Text)
    note: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=True), default=utcnow)
    enqueued_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(sa.DateTime(timezone=True))

    user: Mapped[User] = relationship()
    project: Mapped[Project | None] = relationship(back_populates="job", uselist=False)

    @property
    def is_finished(self) -> bool:
        return self.status in (JobStatus.COMPLETED, JobStatus.FAILED)


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

    user: Mapped[User] = relationship()
    job: Mapped[Job | None] = relationship(back_populates="project")
    activities: Mapped[list[Activity]] = relationship(
        back_populates="project", order_by="Activity.position", cascade="all, delete-orphan"
    )
    releases: Mapped[list[Release]] = relationship(
        back_populates="project", order_by="Release.position", cascade="all, delete-orphan"
    )


class Activity(db.Model):
    """A step of the backbone, left to right in the order a user does them."""

    __tablename__ = "activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(
        sa.ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(sa.String(200))

    project: Mapped[Project] = relationship(back_populates="activities")
    tasks: Mapped[list[Task]] = relationship(
        back_populates="activity", order_by="Task.position", cascade="all, delete-orphan"
    )


class Task(db.Model):
    """A user task under an activity (the walking skeleton)."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        sa.ForeignKey("activities.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(sa.String(200))

    activity: Mapped[Activity] = relationship(back_populates="tasks")
    stories: Mapped[list[Story]] = relationship(
        back_populates="task", order_by="Story.position", cascade="all, delete-orphan"
    )


class Release(db.Model):
    """A horizontal slice of the map: MVP, Release 1, Later."""

    __tablename__ = "releases"
    __table_args__ = (sa.UniqueConstraint("project_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(sa.ForeignKey("projects.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(sa.String(50))

    project: Mapped[Project] = relationship(back_populates="releases")
    stories: Mapped[list[Story]] = relationship(back_populates="release")


class Story(db.Model):
    __tablename__ = "stories"

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

    task: Mapped[Task] = relationship(back_populates="stories")
    release: Mapped[Release] = relationship(back_populates="stories")
