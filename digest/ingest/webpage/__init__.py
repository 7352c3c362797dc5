"""What a fetched or saved web page says: its text decoded (``encoding``), and its own metadata (``metadata``,
from the statements of its markup, ``markup``, and its lead image, ``image``)."""

from __future__ import annotations

from .encoding import decode_page
from .image import Image
from .markup import canonical_url
from .metadata import Page, read_page

# what fetching, the reader and the tests use
__all__ = ["Image", "Page", "canonical_url", "decode_page", "read_page"]
