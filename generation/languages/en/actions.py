"""What each English verb and each kind of thing promises, for criteria and benefits.

A verb says what the user sees when it worked and what can go wrong with it: "publish"
makes a thing visible to others, "invite" sends an invitation that can go to a member
already, "export" gives a file that can be empty. A thing's kind (a time, a place, a
price, a report) says how it is shown and what can be missing. Placeholders: {thing} is
the requirement's object ("the booking", "my password"), {head} and {heads} its noun,
{it}/{is}/{has}/{its}/{was} agree with it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ACTIONS",
    "BLOCK_THING",
    "BLOCK_TIME",
    "FOR_PEOPLE",
    "NOMINALS",
    "RATED",
    "Action",
    "action_of",
]


@dataclass(frozen=True)
class Action:
    """What a verb promises: the happy outcome, the failure that belongs to it, the gain."""

    done: str
    #: (given, then) of the unhappy path.
    fail: tuple[str, str]
    benefit: str
    #: The happy path's situation.
    ready: str = ""


_CREATE = Action(
    "{thing} {is} created with the details I entered and I can open {them} again later",
    ("a required detail of {thing} is missing", "I see which one and nothing is created"),
    "I can start working with {thing} straight away",
    "I have filled in what {thing} needs",
)
_ADD = Action(
    "{thing} {is} added and {appears} in the list straight away",
    ("I leave a required detail empty", "I see which detail is missing and nothing is added"),
    "I do not have to keep {thing} in my head",
    "I have filled in the details of {thing}",
)
_RECORD = Action(
    "{thing} {is} recorded with the date and time and I see {them} in the history",
    ("I enter a value in the wrong format", "I see the expected format and nothing is recorded"),
    "I have a dated history of {thing} to look back on",
    "I have the figures for {thing} at hand",
)
_WRITE = Action(
    "my text is kept as I type and {thing} {is} there when I come back",
    ("I leave before finishing {thing}", "my draft is kept and I can go on later"),
    "I can put {thing} into words at my own pace",
    "I have something to put into {thing}",
)
_SUBMIT = Action(
    "{thing} {is} submitted and I see that {it} {has} been received",
    ("the connection drops while I submit", "I am told {it} {was} not sent and my input is kept"),
    "{thing} reach{es} the people who handle {them} without a detour",
    "{thing} {is} complete",
)
_PUBLISH = Action(
    "{thing} {is} published and others can see {them} at once",
    ("{thing} still {has} an empty required part", "it stays a draft and I see what is missing"),
    "others see {thing} as soon as {it} {is} ready",
    "{thing} {is} complete and still a draft",
)
_SAVE = Action(
    "{thing} {is} still there after I close and reopen the app",
    ("saving fails", "I am told {it} {was} not saved and what I entered stays on screen"),
    "I do not lose {thing} when I close the app",
    "I have entered {thing}",
)
_EDIT = Action(
    "the new values of {thing} show everywhere {it} {appears}",
    ("I enter an invalid value", "I see what is wrong and the previous values stay"),
    "{thing} stay{s} correct without asking anyone to fix {them}",
    "{thing} {has} been saved before",
)
_DELETE = Action(
    "{thing} no longer {appears} anywhere",
    ("I change my mind in the confirmation step", "{thing} {is} left as {it} {was}"),
    "I am not left with {thing} I no longer need",
    "{thing} {is} no longer needed",
)
_ARCHIVE = Action(
    "{thing} {leaves} the active list and I can still find {them} in the archive",
    ("{thing} {is} still in use", "I am told what uses {them} and nothing is archived"),
    "the active list shows only what is current",
    "{thing} {is} finished",
)
_CANCEL = Action(
    "{thing} {is} cancelled and whatever {it} held is free again",
    ("it is too late to cancel {thing}", "I see until when it was possible and nothing changes"),
    "I free what {thing} held when my plans change",
    "there is still time before {thing}",
)
_RESCHEDULE = Action(
    "{thing} {is} moved to the new time and the old time is free again",
    ("the new time is already taken", "I see the nearest free times and the old time stays"),
    "I can fit {thing} around changed plans",
    "a later time is free",
)
_REORDER = Action(
    "{thing} {appears} in the new order and stay{s} so the next time I open the list",
    ("the list changes while I am reordering", "I see the latest list and can reorder again"),
    "{thing} follow{s} the order that makes sense to me",
    "{thing} {is} in an order I do not want",
)
_SEARCH = Action(
    "I see {matches}, the closest first",
    ("nothing matches my search", "I see that nothing was found and a way to widen the search"),
    "I reach {thing} without scrolling through everything",
    "there are {many}",
)
_FILTER = Action(
    "only {heads} that match every filter I set are shown, with the filters named above",
    ("no {head} matches the filters", "I see an empty result with a way to clear the filters"),
    "I only look at {heads} that fit what I need",
    "{heads} of several kinds are listed",
)
_SORT = Action(
    "{heads} are listed in the order I chose and stay so when I come back",
    ("two {heads} have the same value", "they keep a stable order instead of jumping around"),
    "what matters most to me comes first",
    "{heads} are listed in another order",
)
_BROWSE = Action(
    "I can go through all {heads}, grouped so that I know where I am",
    ("there are no {heads} yet", "I see a message saying so instead of a blank screen"),
    "I come across {heads} I did not know to look for",
    "there are many {heads}",
)
_VIEW = Action(
    "I see {thing} as {it} {is} now",
    ("there is no {head} to show yet", "I see a message saying so instead of a blank screen"),
    "I have {thing} at hand without asking anyone",
    "{thing} {is} available",
)


#: The product answering with something: "the search shall return results within 2 s".
RESPOND = Action(
    "I see {thing}",
    ("there is nothing to show", "I see that nothing was found, not an error"),
    "I do not wait for {thing}",
    "I have asked for {thing}",
)
#: Someone on the staff charging a fee: "charge a late fee of 0.50 EUR per day".
CHARGE = Action(
    "{thing} {is} added to the account of the person {it} {is} for, with what {it} {is} for",
    ("{thing} {is} already charged", "it is not charged twice and I see when it was"),
    "what is owed is collected without working it out by hand",
    "{thing} {is} due",
)


def view_period(period: str) -> Action:
    """Looking at what one day or week holds: "the list of patients for the day"."""
    return Action(
        f"I see every {{head}} of the {period} in time order, with the time of each",
        (f"nothing is planned for the {period}", f"I see that the {period} is free, not an error"),
        f"I know what the {period} holds before it starts",
        f"several {{heads}} are planned for the {period}",
    )


_CHOOSE = Action(
    "{thing} I picked {is} marked as chosen and carried into the next step",
    ("{thing} I want {is} no longer available", "I see that at once and can choose another"),
    "I end up with {thing} that suit{s} me",
    "several {heads} are offered",
)
_COMPARE = Action(
    "I see {heads} side by side with their differences highlighted",
    ("I pick only one {head}", "I am asked to pick at least one more"),
    "I can weigh {heads} against each other before I decide",
    "several {heads} are offered",
)
_BOOK = Action(
    "{thing} {is} held for me and nobody else can take {them} meanwhile",
    (
        "someone else took {thing} while I was deciding",
        "I see what else is free and nothing is held",
    ),
    "I know {thing} {is} held for me",
    "{thing} {is} free when I want {them}",
)
_ORDER = Action(
    "the order is placed and I see its number, contents and total",
    ("an item runs out before I confirm", "I see which item and no order is placed"),
    "I get {thing} without calling anyone",
    "everything I picked is in stock",
)
_REQUEST = Action(
    "my request is sent and I can follow its status until someone answers",
    ("an identical request of mine is still open", "I am pointed to it and no duplicate is made"),
    "the people who decide on {thing} know what I need",
    "nothing like it is pending",
)
_PAY = Action(
    "the payment goes through and I get a receipt for {thing}",
    ("my card is declined", "I see why, nothing is charged and {thing} stay{s} unpaid"),
    "I settle {thing} without cash or a visit",
    "my card is valid and has enough funds",
)
_UPLOAD = Action(
    "{thing} {is} uploaded and listed with {its} name and size",
    ("the file has a type that is not accepted", "I see the accepted types; nothing is uploaded"),
    "I do not have to send {thing} separately",
    "the file has an accepted type and size",
)  # fmt: skip
_IMPORT = Action(
    "the imported {heads} appear and I see how many were added",
    ("some rows of the file are malformed", "I see which rows were skipped and why"),
    "I do not type in {thing} by hand",
    "I have a file in the expected format",
)
_NOTIFY = Action(
    "I get one {head} with the details I need to act on",
    ("what the {head} is about was cancelled", "no {head} is sent"),
    "I do not miss {thing}",
    "the moment for the {head} has come",
)
_RECEIVE = Action(
    "{thing} {arrives} and I am told that {it} {has}",
    ("{thing} cannot be delivered", "I am told so and can ask for {them} again"),
    "I get {thing} without having to chase anyone",
    "{thing} {is} ready for me",
)
_MESSAGE = Action(
    "{thing} {is} delivered and the other person sees {them} with the time {it} {was} sent",
    ("my message is empty", "it is not sent and the field is highlighted"),
    "I can sort things out without a phone call",
    "I have written my message",
)
_COMMENT = Action(
    "my comment appears with my name and the time, and others can read it",
    ("my comment is empty", "nothing is posted and the field is highlighted"),
    "others see what I think about {thing}",
    "I am looking at {thing}",
)
_TRACK = Action(
    "I see the current status of {thing} and when it last changed",
    ("the status has not been updated for a while", "I see the last known status with its time"),
    "I know where {thing} stands without asking",
    "{thing} {is} under way",
)
_REVIEW = Action(
    "my rating is counted in the average of {thing} and my review is visible to others",
    ("I have not used {thing}", "I cannot leave a review and I see why"),
    "others can judge {thing} before they choose",
    "I have used {thing}",
)
_EXAMINE = Action(
    "I go through {thing} one by one and each one I finish is marked as reviewed",
    (
        "{thing} changed while I was reviewing",
        "I cannot finish before I have seen the latest version",
    ),
    "nothing in {thing} goes unchecked",
    "{thing} {is} waiting for review",
)
_GRANT = Action(
    "{thing} can sign in with the access I gave {them} and see only what it allows",
    ("{thing} already {has} an account", "I am told so and no second account is made"),
    "the right people get access without waiting for IT",
    "{thing} {has} no access yet",
)
_REVOKE = Action(
    "{thing} can no longer sign in, and what {it} did stays on record",
    ("{thing} still {has} open work", "I see the open work and can hand it over first"),
    "people who left cannot reach what they no longer should",
    "{thing} no longer need{s} access",
)
_RETRY = Action(
    "the failed step is tried again after a growing pause until it succeeds",
    ("it keeps failing", "I see that the data may be out of date and can retry myself"),
    "a short outage does not cost me any data",
    "a request has just failed",
)
_WORK = Action(
    "every screen I open still works with the saved data",
    ("the connection drops midway", "what was loaded stays on screen and nothing is lost"),
    "I can rely on the app where the connection is poor",
    "there is no network connection",
)
_SHARE = Action(
    "the person I share {thing} with opens the link and sees the same as I do",
    ("I withdraw the share", "the link no longer opens {thing}"),
    "others see {thing} without extra steps",
    "I own {thing}",
)
_INVITE = Action(
    "the invitation is sent and the person shows as invited until they accept",
    ("the person is already a member", "I am told so and no second invitation is sent"),
    "the people I need can join without asking an admin",
    "the person is not a member yet",
)
_EXPORT = Action(
    "I get a file with {thing} that opens in common tools",
    ("there is nothing to export for the chosen period", "I am told so and no empty file is made"),
    "I can work with {thing} outside the app",
    "there is data for the period I chose",
)
_PRINT = Action(
    "I get a printable page with {thing} that fits on paper without cut-off parts",
    ("the printer is not reachable", "I can save the same page as a PDF instead"),
    "I have {thing} on paper when I need {them}",
    "I am looking at {thing}",
)
_GENERATE = Action(
    "{thing} {is} generated from the current data and I can open {them} right away",
    ("there is not enough data for {thing}", "I see what is missing and nothing is generated"),
    "I do not put {thing} together by hand",
    "there is enough data for {thing}",
)
_PLAN = Action(
    "the plan shows {thing} in order, with times that do not overlap",
    ("two items of the plan overlap", "I see the clash and can move one of them"),
    "I know in advance what comes when",
    "I know what I want to fit in",
)
_PROCESS = Action(
    "{thing} {is} processed and {its} status changes to done",
    ("processing fails part way", "I see the error and can retry without starting over"),
    "I get the result of {thing} without doing the work myself",
    "{thing} {is} complete and readable",
)
_ANALYSE = Action(
    "I see the result for {thing} with what it is based on",
    ("{thing} cannot be analysed", "I see why and no result is shown"),
    "I can act on what {thing} shows instead of guessing",
    "{thing} {is} complete",
)
_CALCULATE = Action(
    "I see the value worked out for {thing} and how it was computed",
    ("an input is missing", "I see which one and no value is shown"),
    "I do not work out {thing} by hand",
    "every input is given",
)
_TRANSCRIBE = Action(
    "I get the text of {thing}, with who spoke when",
    ("the audio is unclear in places", "those places are marked instead of guessed"),
    "I can read {thing} instead of listening to all of {them}",
    "the audio of {thing} is clear",
)
_APPROVE = Action(
    "{thing} {is} approved and the person who asked is told",
    ("{thing} {was} withdrawn in the meantime", "I see that and nothing is approved"),
    "only {thing} I have checked goes ahead",
    "{thing} {is} waiting for my decision",
)
_REJECT = Action(
    "{thing} {is} rejected with my reason and the person who asked is told",
    ("I give no reason", "I am asked for one and nothing is rejected yet"),
    "the person who asked knows why and what to change",
    "{thing} {is} waiting for my decision",
)
_ACCEPT = Action(
    "{thing} {is} mine and others no longer see {them} as open",
    ("someone else accepted {thing} first", "I see that it is taken and nothing is assigned to me"),
    "I take on {thing} that fits my day",
    "{thing} {is} still open",
)
_CONFIRM = Action(
    "{thing} {is} confirmed and I get a confirmation with the details",
    ("{thing} changed since I last saw {them}", "I see what changed before I confirm"),
    "everyone involved knows {thing} is settled",
    "the details of {thing} are right",
)
_VERIFY = Action(
    "{thing} {is} marked as checked and can be used from then on",
    ("{thing} {does} not pass the check", "I see what failed and it stays unchecked"),
    "nobody relies on {thing} that was never checked",
    "{thing} {is} correct",
)
_ASSIGN = Action(
    "{thing} {is} assigned and the assignee sees {them} in their list",
    ("the person is not available", "I am told so and {thing} stay{s} unassigned"),
    "everyone knows who takes care of {thing}",
    "the person is available",
)
_MANAGE = Action(
    "my changes to {thing} apply at once for everyone concerned",
    ("I do not have the right to change {thing}", "I see I need permission and nothing changes"),
    "{thing} work{s} the way my team needs",
    "I have the right to change {thing}",
)  # fmt: skip
_BLOCK = Action(
    "{thing} can no longer act until unblocked, and {is} told why",
    ("{thing} {is} already blocked", "I see since when and by whom"),
    "one bad actor cannot spoil the service for others",
    "{thing} broke the rules",
)
#: Blocking time in a calendar: "block time off", "block a slot".
BLOCK_TIME = Action(
    "{thing} can no longer be booked by anyone and {is} shown as unavailable",
    (
        "someone has already booked {thing}",
        "I see that booking and decide what happens to it before {thing} {is} blocked",
    ),
    "nobody books me when I am not available",
    "{thing} {is} free",
)
#: Blocking a thing rather than a person: "block a broken parking meter".
BLOCK_THING = Action(
    "{thing} can no longer be used and {is} shown as blocked",
    ("{thing} {is} already blocked", "I see since when and why, and can unblock {them}"),
    "nobody runs into {thing} until it is fixed",
    "{thing} can still be used",
)


def mark_status(state: str = "") -> Action:
    """Marking a state rather than a favourite: "mark no-shows", "mark tasks as done"."""
    marked = f"marked as {state}" if state else "marked"
    return Action(
        f"{{thing}} {{is}} {marked} in the list with the date and who marked {{them}}",
        (f"{{thing}} {{is}} already {marked}", "the mark is not doubled and I can take it back"),
        "the record shows what really happened",
        f"{{thing}} {{is}} not {marked} yet",
    )


MARK_STATUS = mark_status()
_MARK = Action(
    "{thing} {is} marked and I find {them} again among my marked items",
    ("I mark {thing} a second time", "the mark is taken off, not doubled"),
    "I get back to {thing} without searching again",
    "{thing} {is} not marked yet",
)
_REGISTER = Action(
    "my account is created and I am signed in",
    ("the email address is already registered", "I am offered to sign in or reset my password"),
    "my data and history follow me on every device",
    "I have no account yet",
)
_SIGN_IN = Action(
    "I am signed in and see my own data",
    ("I enter a wrong password", "I see that the details do not match and stay signed out"),
    "only I can act in my name",
    "I have an account",
)
_RESET = Action(
    "I get a link to set a new password and the old one stops working once I do",
    ("the link has expired", "I am told so and can ask for a new one"),
    "I get back into my account without calling support",
    "I have forgotten my password",
)
_SWITCH = Action(
    "{thing} {is} switched at once and stay{s} so after I restart the app",
    ("my device does not support {thing}", "I see that it is unavailable and nothing changes"),
    "the app works the way I like",
    "{thing} {is} off",
)
_CUSTOMISE = Action(
    "my choice applies at once and is kept the next time I open the app",
    ("I pick a value outside the allowed range", "it is refused and I see the allowed values"),
    "the app looks and behaves the way I like",
    "I prefer something other than the default",
)
_NAVIGATE = Action(
    "I get to {thing} and can go back to where I was",
    ("my location is unknown", "I can still pick {thing} from a list"),
    "I find my way to {thing} without asking anyone",
    "I am somewhere else in the app",
)
_OPEN = Action(
    "{thing} opens with all of {its} details",
    ("{thing} was removed meanwhile", "I see that {it} no longer exists and stay on the list"),
    "I get to the details of {thing} in one step",
    "{thing} {is} on screen",
)
_START = Action(
    "{thing} start{s} and I see that {it} {is} running",
    ("{thing} {is} already running", "no second one starts and I see the one that runs"),
    "I get going with {thing} at once",
    "{thing} {is} not running",
)
_STOP = Action(
    "{thing} stop{s} and what was done so far is kept",
    ("{thing} {has} already finished", "I see when it ended and nothing changes"),
    "I can end {thing} when it suits me",
    "{thing} {is} running",
)
_SYNC = Action(
    "I see the latest {thing} and when {it} {was} last updated",
    ("the connection drops during the update", "I keep the last saved {thing} with its time"),
    "I never act on outdated {thing}",
    "{thing} changed since I last looked",
)
_LOAD = Action(
    "{thing} {is} usable before every part of {them} has arrived",
    ("the network is slow", "I see what is already loaded and where the rest will appear"),
    "I do not wait on a blank screen",
    "I open the app",
)
_CONNECT = Action(
    "{thing} {is} connected and I see data from {them} in the app",
    ("the other service refuses the connection", "I see why and nothing is changed"),
    "I do not copy data between {thing} and the app by hand",
    "I have an account with the other service",
)
_RETURN = Action(
    "{thing} {is} returned and no longer counts as mine",
    ("{thing} {is} overdue", "I see the fine before I confirm the return"),
    "I do not pay for {thing} I no longer have",
    "{thing} {is} due",
)
_RENEW = Action(
    "{thing} {is} renewed and I see the new end date",
    ("someone else is waiting for {thing}", "I am told it cannot be renewed and why"),
    "I keep {thing} as long as I need {them}",
    "nobody else is waiting for {thing}",
)
_LIMIT = Action(
    "{thing} stay{s} within the limit the product sets",
    ("{thing} would go past the limit", "the extra is refused and I am told the limit"),
    "costs and load stay predictable",
    "{thing} {is} within the limit",
)
_REQUIRE = Action(
    "nothing goes ahead without {thing}",
    ("{thing} {is} missing", "I am told what is needed and nothing else happens"),
    "nobody gets past the step without {thing}",
    "{thing} {is} in place",
)
_STORE = Action(
    "{thing} {is} still there after I restart the app without a connection",
    ("the device runs out of space", "I am told so and nothing saved earlier is lost"),
    "I keep {thing} even where there is no connection",
    "I have {thing}",
)
_TEST = Action(
    "I see which checks passed and which failed, each with its reason",
    ("one check fails", "I see what failed and can run it again after fixing it"),
    "problems with {thing} show up before anyone relies on {them}",
    "{thing} {is} ready to check",
)

#: Verb -> what it promises; verbs joined by "or" take the first one's.
ACTIONS: dict[str, Action] = {
    **dict.fromkeys("create make build set-up open-account".split(), _CREATE),
    **dict.fromkeys("add insert include enter input fill attach-to".split(), _ADD),
    **dict.fromkeys("record log note".split(), _RECORD),
    **dict.fromkeys("write compose draft describe".split(), _WRITE),
    **dict.fromkeys("submit send-in file".split(), _SUBMIT),
    **dict.fromkeys("publish post announce launch".split(), _PUBLISH),
    **dict.fromkeys("save keep bookmark cache retain".split(), _SAVE),
    **dict.fromkeys("edit update change modify correct adjust rename".split(), _EDIT),
    **dict.fromkeys("delete remove erase clear".split(), _DELETE),
    "archive": _ARCHIVE,
    **dict.fromkeys("cancel withdraw".split(), _CANCEL),
    **dict.fromkeys("reschedule postpone move".split(), _RESCHEDULE),
    **dict.fromkeys("reorder rearrange prioritize prioritise rank".split(), _REORDER),
    **dict.fromkeys("search find query look lookup".split(), _SEARCH),
    "filter": _FILTER,
    **dict.fromkeys("sort order-by group".split(), _SORT),
    **dict.fromkeys("browse explore discover scroll".split(), _BROWSE),
    **dict.fromkeys(
        "view see read check display show access consult watch visualize visualise "
        "present understand know identify determine".split(),
        _VIEW,
    ),
    **dict.fromkeys("choose select pick".split(), _CHOOSE),
    "compare": _COMPARE,
    **dict.fromkeys("book reserve schedule rent borrow hire".split(), _BOOK),
    **dict.fromkeys("order buy purchase checkout".split(), _ORDER),
    **dict.fromkeys("request ask apply".split(), _REQUEST),
    **dict.fromkeys("pay tip settle".split(), _PAY),
    **dict.fromkeys("upload scan photograph".split(), _UPLOAD),
    "import": _IMPORT,
    **dict.fromkeys("notify remind alert".split(), _NOTIFY),
    **dict.fromkeys("receive get".split(), _RECEIVE),
    **dict.fromkeys("message chat reply contact send email call".split(), _MESSAGE),
    "comment": _COMMENT,
    **dict.fromkeys("track follow monitor".split(), _TRACK),
    "rate": _REVIEW,
    "review": _EXAMINE,
    "share": _SHARE,
    "invite": _INVITE,
    **dict.fromkeys("export download".split(), _EXPORT),
    "print": _PRINT,
    **dict.fromkeys("generate produce compile".split(), _GENERATE),
    "plan": _PLAN,
    **dict.fromkeys("process run execute".split(), _PROCESS),
    **dict.fromkeys("analyze analyse evaluate assess score flag detect".split(), _ANALYSE),
    **dict.fromkeys("calculate estimate compute count".split(), _CALCULATE),
    **dict.fromkeys("transcribe convert".split(), _TRANSCRIBE),
    "approve": _APPROVE,
    **dict.fromkeys("reject decline deny".split(), _REJECT),
    **dict.fromkeys("accept claim".split(), _ACCEPT),
    "confirm": _CONFIRM,
    **dict.fromkeys("verify validate".split(), _VERIFY),
    **dict.fromkeys("assign delegate allocate".split(), _ASSIGN),
    **dict.fromkeys("manage administer control configure set moderate".split(), _MANAGE),
    **dict.fromkeys("block ban suspend".split(), _BLOCK),
    **dict.fromkeys("mark favorite favourite tag star like".split(), _MARK),
    **dict.fromkeys("register sign-up signup join".split(), _REGISTER),
    **dict.fromkeys("sign-in login log-in authenticate sign".split(), _SIGN_IN),
    **dict.fromkeys("reset recover".split(), _RESET),
    **dict.fromkeys("enable disable toggle switch turn activate deactivate".split(), _SWITCH),
    **dict.fromkeys("customize customise personalize personalise".split(), _CUSTOMISE),
    **dict.fromkeys("navigate go point".split(), _NAVIGATE),
    **dict.fromkeys("open tap click press expand".split(), _OPEN),
    **dict.fromkeys("start begin resume".split(), _START),
    **dict.fromkeys("stop pause finish complete end close snooze".split(), _STOP),
    **dict.fromkeys("sync synchronize synchronise refresh fetch reconcile".split(), _SYNC),
    "load": _LOAD,
    "retry": _RETRY,
    **dict.fromkeys("operate function continue work".split(), _WORK),
    **dict.fromkeys("connect link integrate".split(), _CONNECT),
    **dict.fromkeys("return check-in".split(), _RETURN),
    **dict.fromkeys("renew extend".split(), _RENEW),
    **dict.fromkeys("limit cap minimize minimise avoid".split(), _LIMIT),
    **dict.fromkeys("require enforce".split(), _REQUIRE),
    "store": _STORE,
    **dict.fromkeys("test".split(), _TEST),
}

#: Nouns that name an action: "Call Upload", "External sharing", "Venue navigation".
NOMINALS = {
    "upload": "upload", "uploads": "upload", "transcription": "transcribe",
    "navigation": "navigate", "discovery": "discover", "sharing": "share", "search": "search",
    "export": "export", "import": "import", "filtering": "filter", "filters": "filter",
    "booking": "book", "registration": "register", "signup": "register", "login": "sign-in",
    "payment": "pay", "payments": "pay", "checkout": "order", "reminder": "notify",
    "reminders": "notify", "notification": "notify", "notifications": "notify",
    "scheduling": "schedule", "tracking": "track", "analysis": "analyse", "scoring": "score",
    "detection": "detect", "comments": "comment", "messaging": "message", "chat": "message",
    "invitation": "invite", "invitations": "invite", "approval": "approve",
    "customisation": "customise", "customization": "customize", "personalization": "customize",
    "sync": "sync", "synchronization": "sync", "refresh": "refresh", "reviews": "review",
    "rating": "rate", "ratings": "rate", "sorting": "sort", "planning": "plan",
    "generation": "generate", "validation": "validate", "verification": "verify",
}  # fmt: skip


#: Verbs whose promise differs when their object is people: adding staff grants access.
FOR_PEOPLE = {
    "add": _GRANT, "create": _GRANT, "register": _GRANT, "remove": _REVOKE, "delete": _REVOKE,
    "deactivate": _REVOKE,
}  # fmt: skip

#: Things people review by rating them, not by going through them.
RATED = frozenset(
    "restaurant product service doctor course book hotel seller driver place app recipe movie "
    "game shop store teacher host venue event".split()
)


def action_of(verb: str) -> Action | None:
    """What a verb (or "cancel or reschedule", "sign up") promises, if the table knows it."""
    words = verb.lower().split()
    if not words:
        return None
    if len(words) > 1 and words[1] in {"up", "in", "out", "by"}:
        joined = f"{words[0]}-{words[1]}"
        if joined in ACTIONS:
            return ACTIONS[joined]
    return ACTIONS.get(words[0])
