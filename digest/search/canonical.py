"""Make a Pagefind bundle reproducible: filter values in a fixed order, files named after their bytes.

Pagefind 1.5 writes each filter (company, person, outlet, language) from a Rust hash map, so the order of
its values — and with it the bytes and hashed names of the ``filter/*.pf_filter`` files, the ``.pf_meta``
file that lists them and ``pagefind-entry.json`` — change from build to build. This pass decodes those
CBOR files, sorts the values, and renames each file after a hash of its new bytes. Search results do not
change: only the order of values inside a filter does, which Pagefind does not rely on.

``relabel`` adds to a bundle a twin index for another interface language: the same word index, its
filter labels and values translated (see search.py).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


class Map(list):
    """A CBOR map as its (key, value) pairs, in file order."""


class Raw(bytes):
    """A CBOR item kept verbatim (floats, simple values, tags)."""


def _head(data: bytes, i: int) -> tuple[int, int, int, int]:
    major, info = data[i] >> 5, data[i] & 31
    if info < 24:
        return major, info, info, i + 1
    size = {24: 1, 25: 2, 26: 4, 27: 8}[info]  # indefinite lengths are not written by Pagefind
    return major, info, int.from_bytes(data[i + 1 : i + 1 + size], "big"), i + 1 + size


def decode(data: bytes, i: int = 0):
    """One CBOR item starting at ``i``: (value, next index)."""
    start = i
    major, info, arg, i = _head(data, i)
    if major == 0:
        return arg, i
    if major == 1:
        return -1 - arg, i
    if major in (2, 3):
        raw = data[i : i + arg]
        return (raw.decode("utf-8") if major == 3 else raw), i + arg
    if major in (4, 5):
        items = Map() if major == 5 else []
        for _ in range(arg):
            key, i = decode(data, i)
            if major == 5:
                value, i = decode(data, i)
                items.append((key, value))
            else:
                items.append(key)
        return items, i
    if major == 6:
        _, i = decode(data, i)
    return Raw(data[start:i]), i  # floats, true/false/null: as written


def _encode_head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise ValueError(f"integer too large for CBOR: {arg}")


def encode(value) -> bytes:
    if isinstance(value, Raw):
        return bytes(value)
    if isinstance(value, int):
        return _encode_head(0, value) if value >= 0 else _encode_head(1, -1 - value)
    if isinstance(value, bytes):
        return _encode_head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode("utf-8")
        return _encode_head(3, len(data)) + data
    if isinstance(value, Map):
        return _encode_head(5, len(value)) + b"".join(encode(k) + encode(v) for k, v in value)
    return _encode_head(4, len(value)) + b"".join(encode(item) for item in value)


def _read(path: Path):
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind file")
    value, end = decode(data, len(SIGNATURE))
    if end != len(data):
        raise ValueError(f"{path}: trailing bytes")
    return value


def _write(folder: Path, prefix: str, stem: str, suffix: str, value, digits: int) -> str:
    """Write ``value`` as ``{prefix}{stem}_{hash}{suffix}``; return the ``{stem}_{hash}`` id Pagefind refers to."""
    data = SIGNATURE + encode(value)
    name = f"{stem}_{hashlib.sha256(data).hexdigest()[:digits]}"
    (folder / f"{prefix}{name}{suffix}").write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return name


def _sort_filter(value):
    """A filter file is [name, [[value, [pages]], ...]]: sort the values by their text."""
    name, values = value
    return [name, sorted(values, key=lambda pair: encode(pair[0]))]


def canonicalise(bundle: Path) -> None:
    """Rewrite ``bundle`` (a Pagefind output folder) so the same pages always give the same bytes."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    for lang, info in entry["languages"].items():
        ids = {}  # filter file id as Pagefind named it -> id after sorting
        for path in sorted((bundle / "filter").glob(f"{lang}_*.pf_filter")):
            old = path.name[: -len(".pf_filter")]
            ids[old] = _write(path.parent, "", lang, ".pf_filter", _sort_filter(_read(path)), len(old) - len(lang) - 1)
            if ids[old] != old:
                path.unlink()
        meta_path = bundle / f"pagefind.{info['hash']}.pf_meta"
        meta = [_filter_list(item, ids) for item in _read(meta_path)]
        new = _write(bundle, "pagefind.", lang, ".pf_meta", meta, len(info["hash"]) - len(lang) - 1)
        if new != info["hash"]:
            meta_path.unlink()
            info["hash"] = new
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _filter_list(item, ids: dict[str, str], names: dict[str, str] | None = None):
    """The meta's [[filter name, filter file id], ...] list, with the new ids (and ``names``), sorted by name;
    other items unchanged."""
    if isinstance(item, list) and item and all(isinstance(p, list) and len(p) == 2 and p[1] in ids for p in item):
        names = names or {}
        return sorted(([names.get(name, name), ids[old]] for name, old in item), key=lambda pair: encode(pair[0]))
    return item


def fragments(bundle: Path) -> dict[str, str]:
    """The fragment files that ``bundle``'s indexes list (``fragment/<page hash>.pf_fragment``), each with the URL
    of the page it holds. A meta file is [version, [[page hash, word count], ...], ...]; a fragment is JSON."""
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    found = {}
    for info in entry["languages"].values():
        for page_hash, _ in _read(bundle / f"pagefind.{info['hash']}.pf_meta")[1]:
            name = f"{page_hash}.pf_fragment"
            if name not in found:
                data = gzip.decompress((bundle / "fragment" / name).read_bytes())
                found[name] = json.loads(data[len(SIGNATURE) :])["url"]
    return found


def relabel(bundle: Path, lang: str, into: str, names: dict[str, str], values: dict[str, dict[str, str]]) -> None:
    """Give ``bundle``'s ``lang`` index a twin for interface language ``into``, which Pagefind opens on a page
    whose ``<html lang>`` is ``into``: the same words and stemmer (``wasm``), its filters renamed by ``names``
    (labels not in it are kept) and the values of each filter named in ``values`` renamed by ``values[name]``.
    """
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text(encoding="utf-8"))
    info = entry["languages"][lang]
    ids = {}  # filter file id in lang -> id of its twin
    for path in sorted((bundle / "filter").glob(f"{lang}_*.pf_filter")):
        old = path.name[: -len(".pf_filter")]
        name, pairs = _read(path)
        renamed = values.get(name, {})
        twin = _sort_filter([names.get(name, name), [[renamed.get(value, value), pages] for value, pages in pairs]])
        ids[old] = _write(path.parent, "", into, ".pf_filter", twin, len(old) - len(lang) - 1)
    meta = [_filter_list(item, ids, names) for item in _read(bundle / f"pagefind.{info['hash']}.pf_meta")]
    twin_hash = _write(bundle, "pagefind.", into, ".pf_meta", meta, len(info["hash"]) - len(lang) - 1)
    entry["languages"][into] = {**info, "hash": twin_hash}
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
