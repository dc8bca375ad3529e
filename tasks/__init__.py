"""Dramatiq actors, one module per kind of work; each takes a job id and nothing else.

The web side names them in webapp/jobs/kinds.py (queue and actor name) and never imports them.
"""

from tasks.improve import improve_stories
from tasks.maps import generate_map
from tasks.regenerate import regenerate_part
from tasks.wireframes import generate_wireframes

ACTORS = (generate_map, generate_wireframes, improve_stories, regenerate_part)
