"""Start the Streamlit server for app.py: ``python -m kamcareer.serve [streamlit options]``.

Why not plain ``streamlit run app.py``: the project keeps its st.navigation pages in
``pages/``, the folder name Streamlit's first multipage convention used. Until the first
``st.navigation`` call in a server process, Streamlit treats that folder as old-style
pages, so the very first request after a start, if it is a deep link such as
``/compare?...``, gets a "Page not found" dialog. Switching the old convention off
before the server starts removes that. ``streamlit run app.py`` still works otherwise.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "app.py"


def main(argv: Sequence[str] | None = None) -> None:
    """Run ``streamlit run app.py`` with the given options, old-style pages switched off."""
    from streamlit.runtime.pages_manager import PagesManager  # noqa: PLC0415 - only when serving
    from streamlit.web import cli  # noqa: PLC0415

    # Internal flag, read when a session's PagesManager is created; st.navigation sets it
    # to False itself on its first call. Setting it first makes every request behave alike.
    PagesManager.uses_pages_directory = False
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
