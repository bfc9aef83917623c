"""``python -m newsctl``: the same application as the ``newsctl`` console script."""

from newsctl.cli import main

if __name__ == "__main__":
    main(prog_name="newsctl")
