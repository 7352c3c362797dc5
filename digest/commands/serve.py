"""`digest serve`: build, serve output/ on localhost, rebuild and reload the browser on every change.

The preview shows what waits for review (``reviewed: false``) with a banner; `digest build` and `digest publish`
hold it back unless DIGEST_PUBLISH_UNREVIEWED says otherwise."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

from ..settings import load, settings_file
from .build import add_output_argument, build, configure_logging, output_folder


def add_arguments(parser) -> None:
    add_output_argument(parser)
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")


# The snippet livereload 2.7 injects before </head> to load its client; the pages' Content-Security-Policy
# forbids inline scripts, so preview builds allow exactly this one by its hash (published builds do not).
LIVERELOAD_SNIPPET = (
    '(function(){var s=document.createElement("script");'
    "var port=(window.location.port || (window.location.protocol == 'https:' ? 443: 80));"
    's.src="//"+window.location.hostname+":"+port+ "/livereload.js?port=" + port;'
    "document.head.appendChild(s);})();"
)


def snippet_hash() -> str:
    return f"'sha256-{base64.b64encode(hashlib.sha256(LIVERELOAD_SNIPPET.encode()).digest()).decode()}'"


def run(args) -> int:
    from livereload import Server

    configure_logging()
    siteurl = f"http://{args.host}:{args.port}"
    config = settings_file(None)
    output = output_folder(args.output, config)

    def rebuild():  # a failed build prints its problems and keeps the last good site
        return build(args.content, output, siteurl, DIGEST_CSP_SCRIPT=snippet_hash(), DIGEST_PUBLISH_UNREVIEWED=True)

    status = rebuild()
    if status and not output.is_dir():
        return status
    server = Server()
    for folder in (Path(args.content), Path(load(config)["THEME"])):
        server.watch(f"{folder}/**/*", rebuild, delay=0.3)
    print(f"serving {output} on {siteurl}/ (Ctrl-C to stop)")
    server.serve(host=args.host, port=args.port, root=str(output), restart_delay=0)
    return 0
