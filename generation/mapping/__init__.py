"""The offline generator's stages, one module each (``generation.offline`` runs them)."""
