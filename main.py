import multiprocessing

from desktop.cli import main

if __name__ == "__main__":  # a reading child process (importers.limits) imports this file too
    multiprocessing.freeze_support()  # the frozen app starts such a child as itself
    raise SystemExit(main())
