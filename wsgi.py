"""WSGI entry point for gunicorn and ``flask run``.

Without ``BROKER_URL`` the app runs its own Dramatiq worker in this process (the
embedded default), so a single command gives a working app with no services.
"""

from tasks.broker import start_embedded_worker
from webapp import create_app

app = create_app()

if not app.config["BROKER_URL"]:
    start_embedded_worker(app)
