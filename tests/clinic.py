"""A small clinic-booking map, saved straight from the offline generator, for the editing tests."""

import sqlalchemy as sa

from generation import generate_map
from webapp.extensions import db
from webapp.maps.services import save_story_map
from webapp.models import Job, JobStatus, Project, User

CLINIC_BOOKING = """# Clinic booking

Patients book appointments with doctors.

- Patients must be able to search doctors by specialty.
- Patients must be able to book a free time slot.
- Patients can cancel an appointment up to 24 hours before it.
- Doctors must see their schedule for the day.
- Doctors can block time off.
- Later: patients can rate a visit.
"""


def save_clinic_map(email: str, text: str = CLINIC_BOOKING) -> Project:
    """Save the map of ``text`` for the user ``email``; call it inside an app context."""
    user = db.session.scalar(sa.select(User).where(User.email == email))
    job = Job(user_id=user.id, requirements=text, status=JobStatus.COMPLETED)
    db.session.add(job)
    db.session.flush()
    project = save_story_map(job, generate_map(text, providers=[]))
    db.session.commit()
    return project
