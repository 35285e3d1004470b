"""The `codesign` command. Headless subcommands never import Qt, so they run without a display."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codesign import __version__

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("check", "import", "export")
EXPORT_FORMATS = ("json", "csv")


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="codesign",
        description="Co-design workshops for service design. Without a subcommand, opens the app.",
        epilog="Subcommands (no display needed): codesign check FILE | codesign import FILE.json -o FILE.codesign"
               " | codesign export FILE --format json -o OUT. See 'codesign SUBCOMMAND --help'.",
    )
    parser.add_argument("file", nargs="?", type=Path, help="a .codesign workshop to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the bundled demo workshop")
    parser.add_argument("--version", action="version", version=f"codesign {__version__}")
    return parser


def _tool_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="codesign")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="report a workshop file's format version, contents and integrity")
    check.add_argument("file", type=Path)
    imp = sub.add_parser("import", help="make a .codesign file from interchange JSON")
    imp.add_argument("file", type=Path, help="a codesign-workshop JSON file")
    imp.add_argument("-o", "--output", type=Path, required=True, help="the new .codesign file")
    imp.add_argument("--force", action="store_true", help="replace the output file if it exists")
    exp = sub.add_parser("export", help="write a workshop in another format")
    exp.add_argument("file", type=Path)
    exp.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    exp.add_argument("-o", "--output", type=Path, required=True, help="where to write; '-' for standard output")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in SUBCOMMANDS:
        args = _tool_parser().parse_args(argv)
        return _run_tool(args)
    args = _app_parser().parse_args(argv)
    from codesign.app.application import run  # Qt is imported only for the app

    return run(file=args.file, demo=args.demo)


def _fail(message: str) -> int:
    print(f"codesign: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _run_tool(args: argparse.Namespace) -> int:
    from codesign.storage.errors import StorageError

    try:
        if args.command == "check":
            return _check(args.file)
        if args.command == "import":
            return _import(args.file, args.output, args.force)
        return _export(args.file, args.format, args.output)
    except StorageError as exc:
        return _fail(exc.message)
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed")


def _check(path: Path) -> int:
    from codesign.storage.check import check_file

    report = check_file(path)
    print(report.text())
    return EXIT_OK if report.ok else EXIT_BAD_INPUT


def _import(source: Path, output: Path, force: bool) -> int:
    from codesign.storage.interchange import import_file

    import_file(source, output, overwrite=force)
    print(f"codesign: imported {source.name} into {output}", file=sys.stderr)
    return EXIT_OK


def _export(path: Path, fmt: str, output: Path) -> int:
    if fmt == "csv":
        from codesign.storage.csv_export import export_csv

        text = export_csv(path)
    else:
        from codesign.storage.export import export_json

        text = export_json(path)
    if str(output) == "-":
        sys.stdout.write(text)
    else:
        from codesign.storage.safe_write import write_text

        write_text(output, text)
    return EXIT_OK
