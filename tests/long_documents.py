"""A long requirements document, and a scripted model that maps it as a good model would."""

import re

from tests.fake_llm import Reply, answer, request_kind

AREAS = [
    ("Accounts", "sign up with an email address"),
    ("Catalogue", "browse the tools near them"),
    ("Bookings", "book a tool for a date range"),
    ("Payments", "pay the deposit by card"),
    ("Messages", "message the owner of a tool"),
    ("Reviews", "rate a borrower after a loan"),
    ("Disputes", "open a dispute about damage"),
    ("Reports", "export the monthly loans"),
    ("Notifications", "get a reminder before a loan ends"),
    ("Administration", "block a user who breaks the rules"),
]


def long_document(sections: int = 10, per_section: int = 6) -> str:
    """A requirements document of ``sections`` headed sections of "must" bullets."""
    lines = ["# Toolshare", "", "Neighbours lend each other tools.", ""]
    for area, goal in AREAS[:sections]:
        lines += [f"## {area}", ""]
        lines += [
            f"- A member must be able to {goal} (case {n}) and see it confirmed on the screen."
            for n in range(1, per_section + 1)
        ]
        lines.append("")
    return "\n".join(lines)


def ids_in(request: dict) -> list[int]:
    # Not the prompt's own example ("[S12] ...").
    return [int(n) for n in re.findall(r"\[S(\d+)\](?! \.\.\.)", request["messages"][1]["content"])]


def story(title: str, ids: list[int], priority="MVP", benefit=None) -> dict:
    return {
        "title": title,
        "description": f"As a member, I want to {title.lower()}, so that "
        + (benefit or f"{title.lower()} works for me"),
        "priority": priority,
        "acceptanceCriteria": [
            f"Given I am signed in, when I {title.lower()}, then it is saved.",
            f"Given the network fails, when I {title.lower()}, then I see an error.",
        ],
        "sources": [f"S{n}" for n in ids],
    }


def good_model(request: dict) -> Reply:
    """A model that maps every sentence id it is sent to one story under its section."""
    kind = request_kind(request)
    if kind == "revise":
        return answer({"stories": []})
    activities = {}
    area = "Use the app"
    for line in request["messages"][1]["content"].splitlines():
        heading = re.match(r"## (\w+)", line)
        area = heading.group(1) if heading else area
        for n in ids_in({"messages": [{}, {"content": line}]}):
            activities.setdefault(area, []).append(story(f"Story for sentence {n}", [n]))
    return answer(
        {
            "productName": "Toolshare",
            "map": [
                {"activity": f"Manage {area.lower()}", "tasks": [{"taskTitle": area, "stories": s}]}
                for area, s in activities.items()
            ],
        }
    )
