"""Cutting a list of keys into parts by a hash of each key: a key's part depends only on it and the part count."""

from __future__ import annotations

import zlib
from collections.abc import Iterable


def shards(slugs: Iterable[str], size: int) -> dict[int, list[str]]:
    """The non-empty shards: number → slugs. A slug's shard depends only on it and the shard count."""
    slugs = sorted(slugs)
    count = max(1, -(-len(slugs) // max(1, size)))
    members: dict[int, list[str]] = {}
    for slug in slugs:
        members.setdefault(zlib.crc32(slug.encode("utf-8")) % count, []).append(slug)
    return dict(sorted(members.items()))
