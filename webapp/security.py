"""Security headers on every response; the client address as the trusted proxies report it."""

from flask import Flask, request
from werkzeug.middleware.proxy_fix import ProxyFix

#: Scripts and styles only from our own files (htmx and app.js, app.css): an injected
#: <script>, inline handler or style attribute does nothing; no page can frame ours.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def register_security(app: Flask) -> None:
    """Add the security headers to every response; believe the configured proxies' headers."""
    proxies = app.config["TRUSTED_PROXY_COUNT"]
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies)
    app.after_request(add_security_headers)


#: Pages, fragments and downloads carry one user's maps, jobs or CSRF token: no browser
#: cache or proxy keeps a copy (a shared computer's back button shows nothing after logout).
NO_STORE = "no-store"


def add_security_headers(response):
    """Add the security headers, and ``Cache-Control: no-store`` to all but static files.

    A view that sets its own ``Cache-Control`` keeps it: the job status fragment revalidates
    with its ETag (``private, no-cache``), which ``no-store`` would rule out.
    """
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    if request.endpoint != "static":
        response.headers.setdefault("Cache-Control", NO_STORE)
    return response
