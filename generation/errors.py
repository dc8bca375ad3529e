"""How generation fails: permanently (fail the job now) or transiently (retry later)."""


class GenerationError(Exception):
    """Generation cannot succeed for this input or configuration; retrying would not help."""


class InvalidAnswerError(GenerationError):
    """Every provider answered, and none with a valid answer even after one repair."""


class TransientGenerationError(Exception):
    """Generation failed for a reason that may pass (timeout, rate limit, outage).

    ``retry_after`` is how many seconds a provider asked us to wait, when it said.
    """

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after
        #: The server turned down the requested response_format (try a simpler one).
        self.rejects_response_format = False


class ProviderError(Exception):
    """One provider failed one call; the chain decides whether the next provider tries."""

    def __init__(
        self, message: str, *, transient: bool, hand_over: bool, retry_after: float | None = None
    ):
        super().__init__(message)
        #: Worth retrying the job later (timeouts, 429, 5xx, connection errors).
        self.transient = transient
        #: The next provider in priority order should try (False: fail the job at once).
        self.hand_over = hand_over
        self.retry_after = retry_after
        #: The server turned down the requested response_format (try a simpler one).
        self.rejects_response_format = False
