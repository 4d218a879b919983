"""Is a service the test suite needs reachable? Exit 0 yes, 1 no (prints why).

    python tools/service_check.py postgres [URL]
    python tools/service_check.py redis [URL]
"""

from __future__ import annotations

import sys

DEFAULTS = {
    "postgres": "postgresql://postgres@127.0.0.1:5432/test",
    "redis": "redis://127.0.0.1:6379/0",
}


def check(kind: str, url: str) -> str | None:
    try:
        if kind == "postgres":
            import psycopg

            with psycopg.connect(url.replace("+psycopg", ""), connect_timeout=3) as conn:
                conn.execute("SELECT 1")
        else:
            import redis

            redis.Redis.from_url(url, socket_connect_timeout=3).ping()
    except Exception as exc:  # any failure means "not usable"; say which
        return f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''}"
    return None


def main() -> int:
    kind = sys.argv[1]
    url = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else DEFAULTS[kind]
    problem = check(kind, url)
    if problem:
        print(f"{kind} at {url} is not reachable ({problem})")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
