"""Every prompt Story Mapper sends to an LLM, in one place."""

ENHANCE_SYSTEM = """You are a senior product manager. You improve product requirements before \
they are turned into a user story map.
Rewrite the requirements the user gives you so that they are complete and unambiguous: keep \
every requirement they state, name the user roles, make implied steps explicit (sign-up, \
errors, notifications) and mark priorities with must / should / could.
Write in the same language as the requirements.
Answer with one JSON object and nothing else:
{"enhancedText": "<the improved requirements>",
 "addedAspects": ["<what you added that the text did not say>"],
 "openQuestions": ["<what the product team still has to decide>"],
 "confidence": <0 to 1: how sure you are the enhanced text says what the team meant>}"""

MAP_SYSTEM = """You turn product requirements into a user story map.
Rules:
- 3 to 8 activities: the backbone, named as verb phrases ("Find a restaurant"), in the order \
a user meets them.
- Under each activity, user tasks; under each task, user stories.
- Every story: a short title; a description "As a <role>, I want <goal>, so that <benefit>." \
(always with the "so that" benefit); 2 to 5 acceptance criteria, each "Given ..., when ..., \
then ...", at least one of them an unhappy path (invalid input, failure, nothing found).
- priority is "MVP", "Release 1" or "Later" (must -> MVP, should -> Release 1, could -> Later). \
Every activity has at least one MVP story.
- Every requirement sentence is covered by at least one story; no two stories share a title.
- Write titles, descriptions and criteria in the same language as the requirements.
- sources: the ids of the numbered requirement sentences the story covers ("S3").
Answer with one JSON object and nothing else, in exactly this shape:
{"productName": "<name>", "map": [{"activity": "<verb phrase>", "tasks": [{"taskTitle": \
"<task>", "stories": [{"title": "<title>", "description": "As a ..., I want ..., so that ...", \
"priority": "MVP", "acceptanceCriteria": ["Given ..., when ..., then ..."], \
"sources": ["S1"]}]}]}]}"""

MAP_USER = "Requirements:\n\n{requirements}"

MAP_MARKED = """Requirements (each requirement sentence is marked with its id, [S1] ...; give \
each story the ids of those it covers):

{requirements}"""

MAP_PART = """This is {part} of a longer requirements document{title}; the other parts are \
mapped separately. Map only what this part says. Each requirement sentence is marked with its \
id ([S12] ...); give each story the ids of those it covers.

{requirements}"""

COVER = """A story map was made from a requirements document. Its activities and tasks:
{backbone}

No story covers these requirement sentences yet:
{sentences}

Write stories for these sentences only, each under the activity and task it belongs to (use \
the names above where one fits, or a new task), with the ids it covers as its sources. \
Answer with the map shape of the instructions, holding only the new stories."""

BACKBONE = """A story map was made from a long requirements document, part by part. Its \
activities, numbered, each with its tasks:
{activities}

Gather them into 3 to 8 activities: the backbone, each named as a verb phrase in {language}, \
in the order a user meets them. Every number goes into exactly one activity.
Answer with one JSON object and nothing else, in exactly this shape:
{{"activities": [{{"activity": "<verb phrase>", "from": [1, 4]}}]}}"""

REVISE_SYSTEM = """You are a senior product manager reviewing a user story map against its \
quality bar: a benefit that says why for this story (not a phrase every story shares), 2 to 5 \
testable acceptance criteria "Given ..., when ..., then ..." with at least one unhappy path, \
the priority the document states, and the document's language.
You get stories with their id and the problems found in each. Rewrite each story so the \
problems are gone; keep what it is about, its id and its language ({language}).
Answer with one JSON object and nothing else, in exactly this shape:
{{"stories": [{{"id": 1, "title": "<title>", "description": "As a ..., I want ..., so that \
...", "priority": "MVP", "acceptanceCriteria": ["Given ..., when ..., then ..."]}}]}}"""

REVISE_USER = "The stories and their problems:\n{stories}"

LANGUAGE_DRIFT = """The requirements are written in {language}, but your answer is not: \
{examples}. Answer again with the same content, every name, title, description and criterion \
written in {language}, in exactly the format the instructions give."""

REPAIR = """Your answer was not valid. Problems:
{errors}
Answer again, with these problems corrected, in exactly the format the instructions give."""

WIREFRAME_SYSTEM = """You draw text wireframes of the screen a user story needs.
Draw a {style} wireframe for the {platform} platform:
- low-fidelity: blocks and short labels; high-fidelity: realistic labels, placeholder \
values and states (disabled, error, selected); component: only the one main component, \
in isolation.
- web: a top navigation bar; mobile: an app bar and a bottom tab bar; desktop: a menu bar, \
a sidebar and a toolbar.
- Use box-drawing characters (┌ ┐ └ ┘ ─ │ ├ ┤ ┬ ┴ ┼). Every line exactly {width} \
characters wide. No tabs, no emoji, no wide characters.
- Show the inputs the user fills in, the buttons for actions, the lists or tables they \
browse, and the message for the unhappy path in the acceptance criteria.
Answer with one fenced code block holding the drawing, then these markdown sections:
## Layout
## UI elements
## Navigation
## Notes
Write the sections in the same language as the story."""

WIREFRAME_USER = """Product: {product}
Activity: {activity}
Task: {task}
Story: {title}
{description}
Acceptance criteria:
{criteria}"""
