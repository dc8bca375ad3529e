"""``flask`` commands for operators."""

from contextlib import contextmanager

import click
import dramatiq
from flask import current_app
from flask.cli import AppGroup

from webapp.admin.services import jobs_for
from webapp.auth.services import find_user, register_user
from webapp.extensions import db

users_cli = AppGroup("users", help="Manage user accounts.")


@users_cli.command("create")
@click.argument("email")
@click.password_option()
def create_user(email: str, password: str) -> None:
    """Create an account."""
    if register_user(email, password) is None:
        raise click.ClickException(f"An account for {email} already exists.")
    click.echo(f"Created {email}.")


@users_cli.command("make-admin")
@click.argument("email")
def make_admin(email: str) -> None:
    """Give an existing account the admin flag."""
    user = find_user(email)
    if user is None:
        raise click.ClickException(f"No account for {email}.")
    user.is_admin = True
    db.session.commit()
    click.echo(f"{email} is now an admin.")


dead_letters_cli = AppGroup(
    "dead-letters",
    help="List, inspect, requeue and purge the messages whose jobs failed for good.",
)
queue_option = click.option(
    "--queue", help="Only this queue (maps, wireframes, improvements, regenerations)."
)


def _rabbitmq_queues():
    from webapp.admin.queues import RabbitmqQueues, queues_for

    queues = queues_for(current_app)
    if not isinstance(queues, RabbitmqQueues):
        raise click.ClickException(
            "BROKER_URL is not set: dead letters of the embedded worker live in its memory. "
            "Use the admin page of the running app."
        )
    return queues


@contextmanager
def _reporting_queue_errors():
    from webapp.admin.queues import QueueUnavailable, UnknownQueue

    try:
        yield
    except (QueueUnavailable, UnknownQueue) as error:
        raise click.ClickException(str(error)) from error
    except dramatiq.errors.DramatiqError as error:
        raise click.ClickException(f"RabbitMQ did not take the message: {error}") from error


@dead_letters_cli.command("list")
@queue_option
def list_dead_letters(queue: str | None) -> None:
    """List the dead letters, oldest first, with their job's error."""
    with _reporting_queue_errors():
        letters = _rabbitmq_queues().dead_letters(queue)
    if not letters:
        click.echo("No dead letters.")
        return
    jobs = jobs_for(letters)
    click.echo(f"{'MESSAGE ID':<36}  {'QUEUE':<12}  {'JOB':>6}  {'TRIES':>5}  ERROR")
    for letter in letters:
        job = jobs.get(letter.job_id)
        error = (job.error or "") if job else "(no such job)"
        job_id = letter.job_id if letter.job_id is not None else "-"
        click.echo(
            f"{letter.message_id:<36}  {letter.queue:<12}  {job_id:>6}  "
            f"{job.attempts if job else '-':>5}  {_one_line(error, 80)}"
        )
    click.echo(f"{len(letters)} dead letter{'s' if len(letters) != 1 else ''}.")


@dead_letters_cli.command("show")
@click.argument("reference", metavar="ID")
def show_dead_letter(reference: str) -> None:
    """Show one dead letter (by message id, a prefix of it, or job id) with its traceback."""
    with _reporting_queue_errors():
        letters = [
            letter for letter in _rabbitmq_queues().dead_letters() if letter.matches(reference)
        ]
    if not letters:
        raise click.ClickException(f"No dead letter matches {reference}.")
    letter = letters[0]
    job = jobs_for([letter]).get(letter.job_id)
    rows = [
        ("Message", letter.message_id),
        ("Queue", letter.queue),
        ("Actor", letter.message.actor_name),
        ("Job", f"{letter.job_id} ({job.status})" if job else f"{letter.job_id} (no such job)"),
        ("Priority", letter.priority),
        ("Attempts", job.attempts if job else "-"),
        ("Enqueued", letter.enqueued_at.isoformat(timespec="seconds")),
        (
            "Dead since",
            job.dead_lettered_at.isoformat(timespec="seconds")
            if job and job.dead_lettered_at
            else "-",
        ),
        ("Error", job.error if job else "-"),
    ]
    for label, value in rows:
        click.echo(f"{label + ':':<12} {value}")
    traceback = (job.error_traceback if job else None) or letter.traceback
    if traceback:
        click.echo("\n" + traceback.rstrip())


@dead_letters_cli.command("requeue")
@click.argument("references", nargs=-1, metavar="[ID]...")
@click.option("--all", "requeue_all", is_flag=True, help="Requeue every dead letter.")
@queue_option
def requeue_dead_letters(references: tuple[str, ...], requeue_all: bool, queue: str | None) -> None:
    """Send dead letters back to their queue with fresh retries; their jobs go back to queued."""
    if bool(references) == requeue_all:
        raise click.UsageError("Give the ids of the dead letters to requeue, or --all.")
    with _reporting_queue_errors():
        requeued = _rabbitmq_queues().requeue(None if requeue_all else list(references), queue)
    for letter in requeued:
        click.echo(f"Requeued {letter.message_id} (job {letter.job_id}) on {letter.queue}.")
    missing = [ref for ref in references if not any(letter.matches(ref) for letter in requeued)]
    if missing:
        raise click.ClickException(f"No dead letter matches {', '.join(missing)}.")
    if not requeued:
        click.echo("No dead letters to requeue.")
    else:
        click.echo(f"{len(requeued)} requeued.")


@dead_letters_cli.command("purge")
@queue_option
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
def purge_dead_letters(queue: str | None, yes: bool) -> None:
    """Delete dead letters for good (their jobs stay failed)."""
    queues = _rabbitmq_queues()
    with _reporting_queue_errors():
        dead = sum(row.dead for row in queues.counts() if queue in (None, row.name))
        if dead == 0:
            click.echo("No dead letters.")
            return
        where = f"the {queue} queue" if queue else "every queue"
        if not yes:
            click.confirm(f"Delete {dead} dead letter(s) from {where} for good?", abort=True)
        purged = queues.purge(queue)
    details = ", ".join(f"{name}: {count}" for name, count in purged.items() if count)
    click.echo(f"Purged {sum(purged.values())} dead letter(s) ({details or 'none left'}).")


def _one_line(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
