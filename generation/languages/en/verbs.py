"""What more English verbs promise: handing things over, earning, learning, swapping, undoing.

``actions`` holds the verbs of records and screens (add, edit, search, book, pay); this
module adds the verbs of what people do with each other and with the product (deliver,
earn, practise, vote, swap, restore, report, translate) and ``ACTIONS`` joins both tables.
A verb phrase made of a verb and a particle is one entry ("get-notified", "log-out", "pick-up").
Placeholders as in ``actions``.
"""

from __future__ import annotations

from generation.languages.en import actions
from generation.languages.en.actions import Action

__all__ = ["ACTIONS", "action_of"]

_DELIVER = Action(
    "{thing} {is} handed over and marked as delivered with the time",
    ("nobody is there to take {thing}", "I can record the attempt and try again later"),
    "{thing} reach{es} the person waiting for {them} without a mix-up",
    "{thing} {is} picked up and on the way",
)
_PICK_UP = Action(
    "{thing} {is} marked as picked up and the other side sees that at once",
    ("{thing} {is} not ready yet", "I see when {it} will be ready and nothing is marked"),
    "nobody waits for {thing} that is already on its way",
    "{thing} {is} ready to be picked up",
)
_EARN = Action(
    "what {thing} brought in is added to my balance, each amount with its date",
    ("a payment for {thing} is still pending", "it shows as pending, not as earned"),
    "I see what my effort brings in",
    "{thing} {has} been completed",
)
_REDEEM = Action(
    "{thing} {is} redeemed and my balance goes down by its value",
    ("{thing} {has} expired", "I see the expiry date and nothing is redeemed"),
    "I get something back for coming again",
    "I have enough points for {thing}",
)
_LEARN = Action(
    "my progress on {thing} is saved and I see what I have covered",
    ("I stop halfway through {thing}", "I can pick up where I left off"),
    "I get better at {thing} step by step",
    "I have chosen {thing}",
)
_PLAY = Action(
    "{thing} start{s} playing and I can pause and go on where I stopped",
    ("{thing} cannot be streamed", "I see why and can try again"),
    "I can enjoy {thing} right in the app",
    "{thing} {is} available",
)
_VOTE = Action(
    "my vote on {thing} is counted once and I see the current tally",
    ("I have already voted on {thing}", "my earlier vote is shown and no second one counts"),
    "my opinion on {thing} counts",
    "voting on {thing} is open",
)
_LEAVE = Action(
    "I am no longer part of {thing} and stop getting {its} updates",
    ("I am the last admin of {thing}", "I am asked to hand over first and stay a member"),
    "I only follow what still matters to me",
    "I am part of {thing}",
)
_SUBSCRIBE = Action(
    "I am subscribed to {thing} and get the next update",
    ("I am already subscribed to {thing}", "I see that and nothing is doubled"),
    "I hear about {thing} without checking back",
    "I am not subscribed to {thing} yet",
)
_DONATE = Action(
    "{thing} {is} offered and shows as available to others",
    ("I withdraw {thing} before anyone takes {them}", "it leaves the offers; nobody can claim it"),
    "what I no longer use helps someone else",
    "I have {thing} to spare",
)  # fmt: skip
_SWAP = Action(
    "both sides confirm and {thing} change{s} hands, with the swap on record",
    ("the other side does not confirm in time", "the swap lapses and nothing changes hands"),
    "I get what I need for what I no longer use",
    "both sides agreed to swap {thing}",
)
_HIDE = Action(
    "{thing} {is} hidden from my view and I can show {them} again at any time",
    ("I hide {thing} by mistake", "I can undo it at once"),
    "I only see what matters to me",
    "{thing} {is} shown",
)
_RESTORE = Action(
    "{thing} {is} back as {it} {was} before the change",
    ("{thing} {was} deleted for good", "I am told it cannot be restored"),
    "a mistake with {thing} is never final",
    "{thing} {was} changed or removed by mistake",
)
_COPY = Action(
    "a copy of {thing} appears next to the original and I can change it alone",
    ("the copy would have the same name", "it gets a numbered name instead of clashing"),
    "I do not build {thing} again from scratch",
    "{thing} {is} already set up",
)
_MERGE = Action(
    "{thing} {is} merged into one without losing any entry",
    ("two entries of {thing} conflict", "I choose which one to keep before the merge"),
    "I keep one tidy version of {thing}",
    "{thing} overlap{s}",
)
_REPORT = Action(
    "my report about {thing} is sent with what I saw and I get a reference",
    ("I send the report without a description", "I am asked for one and nothing is sent"),
    "problems with {thing} reach the people who can fix them",
    "something is wrong with {thing}",
)
_RESOLVE = Action(
    "{thing} {is} marked resolved and the person who raised {them} is told",
    ("{thing} comes back", "{it} can be reopened with {its} history kept"),
    "nothing raised about {thing} is left hanging",
    "{thing} {is} open",
)
_ANSWER = Action(
    "my answer to {thing} is saved and the person who asked sees it",
    ("I leave {thing} unanswered", "it stays marked as open"),
    "questions get answered where they were asked",
    "{thing} {is} waiting for an answer",
)
_RECOMMEND = Action(
    "each suggestion comes with the reason it was picked",
    ("there is too little history yet", "I see general suggestions marked as such"),
    "I find {thing} that fit me without searching",
    "I have used the app for a while",
)
_MATCH = Action(
    "I see the matching {heads}, the best match first, with why each one fits",
    ("nothing matches", "I see that and can widen what I look for"),
    "I meet the right {heads} without going through everyone",
    "there are several {heads} to match",
)
_PREVIEW = Action(
    "I see {thing} as {it} will look, without changing anything",
    ("{thing} cannot be previewed", "I see why and can still open {them} in full"),
    "I know what I get before I commit",
    "{thing} {is} ready",
)
_TRANSLATE = Action(
    "{thing} {is} shown in the language I chose",
    ("part of {thing} has no translation yet", "that part shows in the original, never blank"),
    "I understand {thing} in my own language",
    "I have chosen my language",
)
_SIGN_OUT = Action(
    "I am signed out on this device and my data is no longer shown",
    ("I have unsaved changes", "I am warned before I am signed out"),
    "nobody else can act in my name on a shared device",
    "I am signed in",
)
_USE = Action(
    "{thing} does what I need and I see the result at once",
    ("{thing} {is} not available right now", "I see why and when I can use {them} again"),
    "I get the job done with {thing}",
    "{thing} {is} available",
)
_PREVENT = Action(
    "{thing} cannot happen and I see why when I come close to {them}",
    ("I try what would lead to {thing}", "the step is stopped and I see why"),
    "{thing} never catch{es} me out",
    "I go about my work as usual",
)
_DEFINE = Action(
    "{thing} {is} set as I defined {them} and applies from then on",
    ("what I define for {thing} clashes with a rule", "I see the clash and nothing is saved"),
    "{thing} follow{s} the rules I set",
    "{thing} {is} not defined yet",
)  # fmt: skip
_GUIDE = Action(
    "I get step-by-step help with {thing} right where I am",
    ("the help does not answer my question", "I can reach a person from the same place"),
    "I do not get stuck on {thing}",
    "I am stuck with {thing}",
)
_MEET = Action(
    "the meeting about {thing} is set with a time and place both sides see",
    ("the other side cannot make the time", "they can propose another and nothing is fixed yet"),
    "we settle {thing} face to face",
    "both sides agreed to meet",
)  # fmt: skip
_ATTEND = Action(
    "I am on the list for {thing} and it is in my calendar",
    ("{thing} {is} full", "I am offered the waiting list and nothing is booked"),
    "I have a place at {thing}",
    "{thing} still {has} places",
)
_CHECK_IN = Action(
    "I am checked in to {thing} and the staff see that I am here",
    ("I arrive at the wrong time for {thing}", "I see my booked time and nothing is checked in"),
    "I do not queue at a desk",
    "I have a booking for {thing}",
)

_DETECT = Action(
    "{thing} {is} flagged, with where in it each one was found",
    ("there is nothing of the kind in it", "nothing is flagged"),
    "I do not have to look for {thing} myself",
    "{thing} {is} there to be found",
)
_SCORE = Action(
    "I see the score with the part each criterion gave it",
    ("it lacks what one criterion needs", "that criterion is marked as not scored, not as zero"),
    "I can compare {thing} on the same scale",
    "{thing} {is} complete",
)

_NOTIFY = actions.ACTIONS["notify"]

_MORE: dict[str, Action] = {
    **dict.fromkeys("deliver ship dispatch drop-off hand-over".split(), _DELIVER),
    **dict.fromkeys("pick-up collect".split(), _PICK_UP),
    **dict.fromkeys("earn get-paid".split(), _EARN),
    "redeem": _REDEEM,
    **dict.fromkeys("learn practise practice study train revise memorise memorize".split(), _LEARN),
    **dict.fromkeys("play stream listen replay".split(), _PLAY),
    **dict.fromkeys("vote poll".split(), _VOTE),
    **dict.fromkeys("leave quit unsubscribe unfollow opt-out".split(), _LEAVE),
    **dict.fromkeys("subscribe opt-in enrol enroll".split(), _SUBSCRIBE),
    **dict.fromkeys("donate lend contribute gift".split(), _DONATE),
    **dict.fromkeys("swap exchange trade".split(), _SWAP),
    **dict.fromkeys("hide mute collapse dismiss".split(), _HIDE),
    **dict.fromkeys("restore undo revert roll-back".split(), _RESTORE),
    **dict.fromkeys("copy duplicate clone reuse".split(), _COPY),
    **dict.fromkeys("merge combine".split(), _MERGE),
    **dict.fromkeys("report".split(), _REPORT),
    **dict.fromkeys("resolve fix handle escalate".split(), _RESOLVE),
    **dict.fromkeys("answer respond".split(), _ANSWER),
    **dict.fromkeys("recommend suggest".split(), _RECOMMEND),
    **dict.fromkeys("match pair".split(), _MATCH),
    **dict.fromkeys("preview zoom".split(), _PREVIEW),
    **dict.fromkeys("translate localise localize".split(), _TRANSLATE),
    **dict.fromkeys("log-out sign-out logout".split(), _SIGN_OUT),
    **dict.fromkeys("use utilise utilize employ".split(), _USE),
    **dict.fromkeys("prevent stop-from".split(), _PREVENT),
    **dict.fromkeys("define specify".split(), _DEFINE),
    **dict.fromkeys("guide assist help onboard".split(), _GUIDE),
    **dict.fromkeys("meet".split(), _MEET),
    **dict.fromkeys("attend".split(), _ATTEND),
    **dict.fromkeys("detect flag spot".split(), _DETECT),
    **dict.fromkeys("score grade rate-against".split(), _SCORE),
    **dict.fromkeys("get-notified get-reminded get-alerted get-informed".split(), _NOTIFY),
    "attach": actions.ACTIONS["upload"],
    "remember": actions.ACTIONS["save"],
}  # fmt: skip

#: Verb -> what it promises: the tables of ``actions`` and of this module.
ACTIONS: dict[str, Action] = {**actions.ACTIONS, **_MORE}


def action_of(verb: str) -> Action | None:
    """What a verb (or "cancel or reschedule", "sign up", "log out") promises, if known."""
    words = verb.lower().split()
    if not words:
        return None
    if len(words) > 1 and words[1] in {"up", "in", "out", "by", "off", "over", "back"}:
        joined = f"{words[0]}-{words[1]}"
        if joined in ACTIONS:
            return ACTIONS[joined]
    return ACTIONS.get(words[0])
