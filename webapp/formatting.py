"""How the pages say numbers people read."""


def format_duration(seconds: float) -> str:
    """Say a wait the way people do: "30 s", "about 4 min", "about 2 h"."""
    if seconds < 60:
        return f"{max(1, round(seconds))} s"
    if seconds < 3600:
        return f"about {round(seconds / 60)} min"
    return f"about {round(seconds / 3600)} h"
