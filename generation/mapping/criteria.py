"""Criteria: a story's Given/When/Then acceptance criteria.

A finished ``Story`` and its role go in; out come two to five criteria
(``acceptance_criteria``): the category's happy path and unhappy path, one that checks a limit
the requirement states ("within 5 minutes"), and a lost connection where it would lose what the
user entered. A condition in the text ("When an order is ready") is the happy path's "given";
a rule gets a criterion that refuses to break it. ``happy_context`` gives the "given" and
"when" the criteria share.
"""

from __future__ import annotations

from generation.mapping.stories import Story
from generation.mapping.text import a_or_an, strip_end, truncate_words
from generation.mapping.vocabulary import past_participle
from generation.mapping.writing import MAX_ACTION_WORDS, action_phrase

# (happy given, happy then, unhappy given, unhappy then) for each category.
_CRITERIA = {
    "signup": (
        "I am a new {role} and enter valid details",
        "my account is created and I am signed in",
        "my details are already registered or invalid (for example, a weak password)",
        "I see what to fix and no account is created",
    ),
    "login": (
        "I have an account",
        "I am signed in and see my own data",
        "I enter a wrong password",
        "I am not signed in and the error does not reveal which detail was wrong",
    ),
    "account": (
        "I am signed in as {a_role}",
        "my changes are saved and shown the next time I sign in",
        "a required detail is missing or invalid",
        "I see which field to fix and nothing is changed",
    ),
    "search": (
        "there are results that match",
        "I see the matching results, the most relevant first",
        "nothing matches",
        'I see a clear "no results" message and a way to change my search',
    ),
    "view": (
        "there is information to show",
        "I see it, up to date, within a few seconds",
        "there is nothing to show yet",
        "I see an empty state that explains what to do next instead of an error",
    ),
    "save": (
        "I am signed in as {a_role}",
        "it appears in my saved items",
        "it is already saved",
        "it is not saved twice and I can remove it",
    ),
    "create": (
        "I have entered all required details",
        "it is saved and I see a confirmation",
        "a required detail is missing or invalid",
        "I see which field to fix and nothing is submitted",
    ),
    "cancel": (
        "it is still allowed to cancel",
        "it is cancelled and I get a confirmation",
        "it is too late to cancel",
        "I am told why and it is not cancelled",
    ),
    "pay": (
        "my payment details are valid",
        "I am charged once and get a receipt",
        "my payment is declined",
        "I see why, I am not charged, and I can try another payment method without starting over",
    ),
    "fulfil": (
        "a job is assigned to me",
        "its status updates for everyone involved",
        "the job was cancelled in the meantime",
        "I am told straight away and cannot continue with it",
    ),
    "track": (
        "something of mine is in progress",
        "I see its current status and when it was last updated",
        "the latest status cannot be loaded (for example, no connection)",
        "I see the last known status with a note that it may be out of date",
    ),
    "notify": (
        "I have notifications turned on",
        "I am notified within a minute with the key details",
        "I have turned notifications off",
        "I am not notified, but I can still see the update in the app",
    ),
    "communicate": (
        "the other person can be reached",
        "they receive my message and I see that it was delivered",
        "my message is empty or cannot be delivered",
        "I see that it was not sent and can try again",
    ),
    "manage": (
        "I have permission to make changes",
        "the change is saved and shown everywhere it is used",
        "I enter invalid values or do not have permission",
        "I see why, and nothing is changed",
    ),
    "review": (
        "I have used the service",
        "my rating is saved and shown to others",
        "my review is empty or I have not used the service",
        "I see why it cannot be posted and nothing is published",
    ),
    "report": (
        "there is data for the chosen period",
        "I see figures that match the underlying records",
        "there is no data for the chosen period",
        "I see an empty state instead of misleading zeros",
    ),
    "quality": (
        "normal conditions",
        "it meets the target the requirement sets",
        "the network drops or the load spikes",
        "it fails gracefully with a clear message and no data is lost",
    ),
    "security": (
        "my data is stored or sent",
        "it is protected as the requirement states",
        "someone without permission tries to read or change it",
        "access is not granted and the attempt is logged",
    ),
    "generic": (
        "I am signed in as {a_role}",
        "I see that it worked",
        "something goes wrong (invalid input or no connection)",
        "I see a clear error message and nothing I entered is lost",
    ),
}


# Categories where a lost connection would lose what the user typed or paid.
_CONNECTION_SENSITIVE = {"create", "pay", "communicate", "manage", "account", "signup", "review"}


def _when_clause(story: Story) -> str:
    """The "when" of a criterion: the user's action, or the moment the system should act."""
    goal = story.goal
    if goal.kind == "action":
        phrase = action_phrase(story)
        return f"I should {phrase}" if phrase.startswith("be ") else f"I {phrase}"
    if goal.kind == "system":
        rest = truncate_words(strip_end(" ".join(goal.rest)), MAX_ACTION_WORDS)
        verb = f"be {past_participle(goal.verb)}" if goal.passive else goal.verb
        return strip_end(f"{goal.subject} should {verb} {rest}")
    if goal.kind == "feature":
        return f"I use {truncate_words(goal.goal_text, MAX_ACTION_WORDS)}"
    return f'I use "{story.title}"'


def _role_fill(role: str) -> dict[str, str]:
    return {"role": role, "a_role": f"{a_or_an(role)} {role}"}


def happy_context(story: Story, role: str) -> tuple[str, str]:
    """The happy path's "given" and the "when" the story's criteria share."""
    if story.goal.kind == "rule":
        return f'the rule "{story.goal.subject}" applies', "someone acts within it"
    if story.goal.condition:  # the user's words: a "{x}" in them is text, not a placeholder
        return story.goal.condition, _when_clause(story)
    happy_given = _CRITERIA.get(story.category, _CRITERIA["generic"])[0]
    return happy_given.format(**_role_fill(role)), _when_clause(story)


def acceptance_criteria(story: Story, role: str) -> list[str]:
    """Two to five Given/When/Then criteria, at least one of them an unhappy path."""
    fill = _role_fill(role)
    happy_given, when = happy_context(story, role)
    if story.goal.kind == "rule":
        rule = story.goal.subject
        return [
            f"Given {happy_given}, when {when}, then they can carry on as normal.",
            f'Given someone tries to break the rule "{rule}", when they try, '
            "then they are not allowed to continue and are told why.",
        ]
    _, happy_then, sad_given, sad_then = _CRITERIA.get(story.category, _CRITERIA["generic"])
    criteria = [
        f"Given {happy_given}, when {when}, then {happy_then.format(**fill)}.",
        f"Given {sad_given.format(**fill)}, when {when}, then {sad_then.format(**fill)}.",
    ]
    if story.constraint:
        criteria.append(
            f'Given the requirement says "{story.constraint}", when {when}, '
            f"then the result stays {story.constraint}, and going past it shows a clear message."
        )
    if story.category in _CONNECTION_SENSITIVE:
        criteria.append(
            f"Given I have lost my connection, when {when}, "
            "then I am told it did not go through and nothing I entered is lost."
        )
    return criteria[:5]
