"""How generation fails: permanently (fail the job now) or transiently (retry later)."""


class GenerationError(Exception):
    """Generation cannot succeed for this input; retrying would not help."""


class TransientGenerationError(Exception):
    """Generation failed for a reason that may pass (timeout, rate limit, outage)."""
