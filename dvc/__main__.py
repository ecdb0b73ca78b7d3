import sys

from dvc.cli import main

sys.exit(main())
