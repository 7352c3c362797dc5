"""Fetch article pages for ``digest ingest URL``: politely, within limits, kept byte for byte in ``raw/``.

One request at a time per host while several hosts are fetched at once; every failure is one
``FetchError`` naming the URL and the fix, and a failed URL writes nothing. A page is written only once
read whole, atomically and never over another file, with a ``.fetch.json`` sidecar saying where and
when it came from, so an entry can be rebuilt offline and a killed run is finished by running it again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import UTC, datetime
from pathlib import Path

from .client import MAX_BYTES, MAX_REDIRECTS, TIMEOUT, Client, FetchError
from .kept import Fetched, RawFolder, raw_name, read_sidecar
from .links import LinksError, is_links_file, read_links

# what the ingest command, the reader and the tests use
__all__ = [
    "FetchError",
    "Fetched",
    "LinksError",
    "fetch_all",
    "is_links_file",
    "raw_name",
    "read_links",
    "read_sidecar",
]

WORKERS = 4


def fetch_all(
    urls: Iterable[str],
    raw_dir: Path,
    *,
    refetch: bool = False,
    progress: Callable[[Fetched | FetchError], None] | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    max_redirects: int = MAX_REDIRECTS,
    workers: int = WORKERS,
) -> list[Fetched | FetchError]:
    """Fetch each address into ``raw_dir``; one result per address, in input order.

    A page already there (same address, final address or canonical address) is not fetched again but
    returned with ``skipped=True``, unless ``refetch``. ``progress`` is called once per address as it
    finishes, from the calling thread.
    """
    urls = list(urls)
    client, folder = Client(timeout, max_bytes, max_redirects), RawFolder(Path(raw_dir), refetch)
    unique = list(dict.fromkeys(urls))
    results: dict[str, Fetched | FetchError] = {}
    pool = ThreadPoolExecutor(max_workers=max(1, min(workers, len(unique))), thread_name_prefix="fetch")
    try:
        futures = {pool.submit(_fetch, url, client, folder): url for url in unique}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            if progress:
                progress(results[futures[future]])
    finally:  # on Ctrl-C, fetches not started are dropped; those running finish or fail on their own
        pool.shutdown(wait=False, cancel_futures=True)
    return [results[url] for url in urls]


def _fetch(url: str, client: Client, folder: RawFolder) -> Fetched | FetchError:
    """One address: the page kept for it, else fetched and kept; or why it could not be."""
    try:
        if known := folder.kept(url):
            return known
        response = client.get(url)
        from .. import webpage  # lxml and trafilatura: imported by a run that fetches, not by every ingest

        text, encoding, warnings = webpage.decode_page(response.data, response.headers.get("Content-Type", ""))
        canonical = webpage.canonical_url(text, response.url) or response.url
        fetched = Fetched(
            url,
            response.url,
            canonical,
            response.status,
            response.headers.get("Content-Type", ""),
            encoding,
            datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            folder.raw_dir,
            response.redirects,
            tuple(f"{url}: {w}" for w in warnings),
        )  # path: chosen by keep
        return folder.keep(fetched, response.data)
    except FetchError as error:
        return error
