"""Dramatiq actors, one module per kind of work; each takes a job id and nothing else."""

from tasks.maps import generate_map

ACTORS = (generate_map,)
