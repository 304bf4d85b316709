"""``python -m kamcareer``: see kamcareer.cli."""

from kamcareer.cli import main

raise SystemExit(main())
