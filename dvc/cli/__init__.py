"""The ``dvc`` command: opens the GUI by default; subcommands for everything scriptable.

Exit codes: 0 success, 1 a refusal (a clear message on stderr), 2 a usage error.
"""

from __future__ import annotations

import os
import sys

from dvc.domain.messages import UserError

EXIT_OK = 0
EXIT_REFUSED = 1


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from dvc import i18n
    from dvc.cli.parser import build_parser, early_language
    from dvc.services.core.preferences import resolve_language

    i18n.install(resolve_language(early_language(argv)))
    parser = build_parser()
    args = parser.parse_args(argv)
    from dvc.cli import commands
    from dvc.cli.keys import install_prompt

    if args.handler is not commands.run_gui:
        install_prompt()  # the window asks in a dialog of its own, not on the terminal it was started from
    try:
        return args.handler(args) or EXIT_OK
    except UserError as exc:
        print(exc.message(i18n.translate), file=sys.stderr)
        return EXIT_REFUSED
    except BrokenPipeError:
        # The reader went away (``dvc match propose | head``): whatever the command did is done; say nothing more.
        # Pointing stdout at devnull stops Python's own flush at exit from raising again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_REFUSED
    except KeyboardInterrupt:
        print(i18n.translate("cli", "Interrupted."), file=sys.stderr)
        return EXIT_REFUSED
    except Exception as exc:
        # A full disk, a read-only folder, a damaged file: a message and exit 1, not a traceback.
        from dvc.cli.commands import db_path
        from dvc.services.core.storage_errors import explain

        error = explain(exc, path=db_path(args) if hasattr(args, "db") else None)
        if error is None:
            raise
        print(error.message(i18n.translate), file=sys.stderr)
        return EXIT_REFUSED
