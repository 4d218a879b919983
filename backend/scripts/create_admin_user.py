#!/usr/bin/env python3
"""Create the first super admin (or another admin account).

Interactive in a terminal:
    python scripts/create_admin_user.py
Non-interactive:
    printf '%s\n' "$PASSWORD" | python scripts/create_admin_user.py \
        --email admin@example.com --full-name "Site Admin" [--role super_admin] --password-stdin

The same command is `flask --app village create-admin`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from village import UnsafeSettingsError, create_app
from village.cli import create_admin_command


def main() -> int:
    try:
        app = create_app()
    except UnsafeSettingsError as exc:
        print(exc, file=sys.stderr)
        return 2
    with app.app_context():
        try:
            create_admin_command.main(args=sys.argv[1:], prog_name="create_admin_user.py")
        except SystemExit as exit_:
            return exit_.code if isinstance(exit_.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
