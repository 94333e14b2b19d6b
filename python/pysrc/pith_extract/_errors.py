"""The exceptions pith raises (imported by the Rust module too)."""


class PithError(Exception):
    """A page that could not be read: binary data, corrupt gzip, and so on."""


class PithTimeoutError(PithError, TimeoutError):
    """A page that took longer than its ``timeout``."""
