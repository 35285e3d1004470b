"""The `codesign` command. Headless subcommands never import Qt, so they run without a display."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from codesign import __version__

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("check", "import", "export")
EXPORT_FORMATS = ("json", "csv", "pdf", "png", "svg")
SECTIONS = ("cover", "contents", "journeys", "voting", "hypotheses", "let_go", "appendix")


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
    exp.add_argument("-o", "--output", type=Path, required=True,
                     help="where to write; '-' for standard output (json and csv)")
    exp.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="pdf: the paper size")
    exp.add_argument("--language", choices=("en", "de"), help="pdf: the language (default: the workshop's)")
    exp.add_argument("--sections", help="pdf: comma-separated sections to include, of " + ",".join(SECTIONS))
    exp.add_argument("--anonymise", "--anonymize", action="store_true",
                     help="pdf: no participant names at all, only counts by group")
    exp.add_argument("--journey", type=int, help="png/svg: only the journey with this number (1 = the first)")
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
        if args.format == "pdf":
            return _export_pdf(args)
        if args.format in ("png", "svg"):
            return _export_images(args.file, args.format, args.output, args.journey)
        return _export(args.file, args.format, args.output)
    except StorageError as exc:
        return _fail(exc.message)
    except _UsageError as exc:
        print(f"codesign: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except OSError as exc:
        return _fail(f"could not write {getattr(exc, 'filename', None) or 'the file'}: {exc.strerror or exc}")
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed")


class _UsageError(Exception):
    pass


def _export_pdf(args: argparse.Namespace) -> int:
    from codesign.export.pdf import ALL_SECTIONS, PdfOptions, export_pdf

    if str(args.output) == "-":
        raise _UsageError("a PDF needs a file: give -o OUT.pdf")
    sections = ALL_SECTIONS
    if args.sections:
        sections = frozenset(s.strip() for s in args.sections.split(",") if s.strip())
        unknown = sorted(sections - ALL_SECTIONS)
        if unknown:
            raise _UsageError(f"unknown section {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    options = PdfOptions(page_size=args.page_size, language=args.language, sections=sections,
                         anonymise=args.anonymise)
    export_pdf(args.file, args.output, options)
    print(f"codesign: wrote {args.output}", file=sys.stderr)
    return EXIT_OK


def _export_images(path: Path, fmt: str, output: Path, journey_number: int | None) -> int:
    """One journey's board (or each journey's) as PNG or SVG. Several journeys make several
    files: OUT-1.png, OUT-2.png, …"""
    from sqlalchemy.orm import Session

    from codesign.export.journey_image import render_png, render_svg
    from codesign.storage.loader import load_workshop
    from codesign.storage.readonly import read_connection

    if str(output) == "-":
        raise _UsageError(f"{fmt.upper()} needs a file: give -o OUT.{fmt}")
    render = render_png if fmt == "png" else render_svg
    with read_connection(path) as (connection, _info), Session(connection) as session:
        journeys = list(load_workshop(session).journeys)
        if not journeys:
            return _fail("this workshop has no journey to draw")
        if journey_number is not None:
            if not 1 <= journey_number <= len(journeys):
                raise _UsageError(f"--journey must be between 1 and {len(journeys)}")
            chosen = [(journey_number, journeys[journey_number - 1])]
        else:
            chosen = list(enumerate(journeys, start=1))
        for number, journey in chosen:
            dest = output if len(chosen) == 1 else output.with_name(f"{output.stem}-{number}{output.suffix}")
            render(journey, dest)
            print(f"codesign: wrote {dest}", file=sys.stderr)
    return EXIT_OK


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
