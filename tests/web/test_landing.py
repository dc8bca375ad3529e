"""The pages a visitor meets first: the landing page and the "New story map" form's options."""

import re

from generation.providers import Provider


def test_a_visitor_sees_what_story_mapper_does_and_where_to_start(client):
    # When someone who is not logged in opens the site
    response = client.get("/")

    # Then they see what it makes, a screenshot and the ways in
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "user story map" in page
    assert "ASCII wireframes" in page
    assert "works offline" in page
    assert 'href="/register"' in page
    assert 'href="/login"' in page
    image = re.search(r'<img src="([^"]+)"[^>]* alt="([^"]+)"', page)
    assert image, "the landing page has no screenshot with a description"
    # And the screenshot is one of our own files, as the CSP (img-src 'self') demands
    assert image.group(1) == "/static/img/map-page.png"
    picture = client.get(image.group(1))
    assert picture.status_code == 200
    assert picture.mimetype == "image/png"
    picture.close()


def test_a_logged_in_user_goes_straight_to_their_maps(client, auth):
    auth.register()

    response = client.get("/")

    assert response.status_code == 302
    assert response.headers["Location"] == "/maps"


def test_without_an_ai_provider_enhancing_is_unticked_and_explained(app, client, auth):
    # Given no AI provider is configured (the tests' default)
    assert app.config["LLM_PROVIDERS"] == []
    auth.register()

    # When the user opens the form
    page = client.get("/maps/new").get_data(as_text=True)

    # Then "Enhance requirements first" is not ticked, and the hint says what happens if it is
    checkbox = re.search(r'<input[^>]* id="enhance"[^>]*>', page).group(0)
    assert "checked" not in checkbox
    assert "needs an AI provider, and none is configured" in page
    assert "this step is skipped" in page


def test_with_an_ai_provider_enhancing_is_ticked(app, client, auth):
    app.config["LLM_PROVIDERS"] = [Provider("custom", "http://127.0.0.1:9/v1", "m", None, 5)]
    auth.register()

    page = client.get("/maps/new").get_data(as_text=True)

    checkbox = re.search(r'<input[^>]* id="enhance"[^>]*>', page).group(0)
    assert "checked" in checkbox
    assert "none is configured" not in page
