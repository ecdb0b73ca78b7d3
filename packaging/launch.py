"""What the packaged dvc runs: the same as ``python -m dvc`` (the GUI, or a subcommand)."""

import sys

from dvc.cli import main

if __name__ == "__main__":
    sys.exit(main())
