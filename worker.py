"""Worker entry point for the ``dramatiq`` command, as ``wsgi.py`` is gunicorn's.

``bin/worker`` runs ``dramatiq worker tasks``. Dramatiq imports this module first: it
creates the app from the environment, whose broker (RabbitMQ, with the app's middleware)
becomes the global one, and only then imports ``tasks``, whose actors bind to it.
"""

from webapp import create_app

app = create_app()
broker = app.extensions["dramatiq"]
