"""URL converters for the app's routes."""

from werkzeug.routing import IntegerConverter

#: The largest id PostgreSQL's BIGINT (and SQLite's INTEGER) can hold.
MAX_DATABASE_ID = 2**63 - 1


class DatabaseId(IntegerConverter):
    """``<int:...>`` in routes: a non-negative integer that fits a BIGINT column.

    A bigger number would make the database raise (a 500); as a converter miss it is a 404.
    """

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_DATABASE_ID)
        super().__init__(map, *args, **kwargs)
