"""A feature named by nouns alone gets criteria from its own words, not a catch-all."""

from generation.languages.en.features import named_feature
from generation.languages.en.things import kind_of

_CATCH_ALL = "{thing} {is} not available on my device"


def test_not_needed_bracket_says_what_is_not_asked_for():
    """Given "(no authentication required)", the unhappy path is having none of it."""
    _, (given, then) = named_feature(
        "Single-user access (no authentication required)", plural=False
    )
    assert given == "I have no authentication"
    assert "still use" in then


def test_verb_explanation_names_what_can_fail():
    """Given "(identify agent vs. customer)", the failure is not identifying them."""
    done, (given, _) = named_feature(
        "Speaker diarization (identify agent vs. customer)", plural=False
    )
    assert done == "it identifies agent vs. customer"
    assert "cannot identify agent vs. customer" in given


def test_versus_is_telling_two_groups_apart():
    """Given "which X vs. who Y", the promise is telling them apart."""
    done, _ = named_feature(
        "understand which agents need coaching vs. who is performing well", plural=False
    )
    assert done == "I can tell which agents need coaching apart from who is performing well"


def test_slash_options_work_either_way():
    """Given "Terminal/command line access", both ways in are checked, and neither failing."""
    from generation.quality import is_unhappy_path

    done, (given, then) = named_feature("Terminal/command line access", plural=False)
    assert "terminal" in done and "command line" in done
    assert given == "I can open neither terminal nor command line on my device"
    assert is_unhappy_path(f"Given {given}, when I use it, then {then}.")


def test_a_detector_flags_nothing_where_there_is_nothing_and_a_score_shows_its_parts():
    # From a real PRD: "Compliance Detection: Flag critical compliance failures automatically".
    from generation.languages.en.verbs import action_of

    detect, score = action_of("detect"), action_of("score")

    assert detect.fail == ("there is nothing of the kind in it", "nothing is flagged")
    assert "criterion" in score.done and "not scored" in score.fail[1]


def test_catch_all_only_without_own_words():
    """Given a bare name, the catch-all remains; given own words, it is not used."""
    assert named_feature("Magic", plural=False)[1][0] == _CATCH_ALL
    assert named_feature("Speaker diarization (identify agent)", plural=False)[1][0] != _CATCH_ALL


def test_page_and_file_nouns_have_kinds():
    """Given a UI or a file, the kind says what to check of it."""
    assert "screen" in kind_of("UI").shown
    assert "cannot be read" in kind_of("files").missing[0]
