import sys

from desktop.cli import main

if __name__ == "__main__":  # a reading child process (importers.limits) imports this file too
    if getattr(sys, "frozen", False):  # the frozen app starts such a child as itself
        import multiprocessing  # (freeze_support does nothing for an app run from sources)

        multiprocessing.freeze_support()
    raise SystemExit(main())
