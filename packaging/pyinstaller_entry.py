"""PyInstaller's entry point for the stand-alone bundle: the same as the `codesign` console script."""

import sys

from codesign.cli import main

if __name__ == "__main__":
    sys.exit(main())
