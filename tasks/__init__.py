"""Dramatiq actors, one module per kind of work; each takes a job id and nothing else."""

from tasks.improve import improve_stories
from tasks.maps import generate_map
from tasks.regenerate import regenerate_part
from tasks.wireframes import generate_wireframes
from webapp.models import JobKind

ACTORS = (generate_map, generate_wireframes, improve_stories, regenerate_part)
ACTOR_FOR_KIND = {
    JobKind.MAP: generate_map,
    JobKind.WIREFRAMES: generate_wireframes,
    JobKind.IMPROVE: improve_stories,
    JobKind.REGENERATE: regenerate_part,
}
