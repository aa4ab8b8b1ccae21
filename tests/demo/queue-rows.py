#!/usr/bin/python3
"""(Debian's own python3: python3-pyatspi is a distribution package.)
What the workstation's queue shows, read from outside the application through
the accessibility bus (AT-SPI), as a screen reader reads it: one line per row,
the row's accessible text. scripts/demo --check uses it to wait for the queue.

    queue-rows.py [--wait SECONDS] [--min N]

Exit 0 with the rows on stdout once the queue shows at least N rows (default 1);
1 when it does not within the wait; 2 when no Guichet window is on the bus."""
import argparse
import sys
import time

import pyatspi

QUEUE_NAMES = {"Queue", "File d'attente"}


def find_queue(node, depth=0):
    if node is None or depth > 40:
        return None
    try:
        if node.getRoleName() in ("list", "table", "tree", "tree table") and node.name in QUEUE_NAMES:
            return node
        for index in range(node.childCount):
            found = find_queue(node.getChildAtIndex(index), depth + 1)
            if found is not None:
                return found
    except Exception:  # a node that went away while being read
        return None
    return None


def guichet_apps():
    desktop = pyatspi.Registry.getDesktop(0)
    apps = []
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name in ("guichet", "Guichet"):
            apps.append(app)
    return apps


def rows(queue):
    texts = []
    for index in range(queue.childCount):
        item = queue.getChildAtIndex(index)
        if item is None:
            continue
        if item.getRoleName() in ("list item", "table cell", "tree item"):
            texts.append(item.name or "")
    return texts


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wait", type=float, default=60)
    parser.add_argument("--min", type=int, default=1)
    args = parser.parse_args()
    deadline = time.monotonic() + args.wait
    seen_app = False
    shown = []
    while True:
        for app in guichet_apps():
            seen_app = True
            queue = find_queue(app)
            if queue is not None:
                shown = rows(queue)
                if len(shown) >= args.min:
                    print("\n".join(shown))
                    return 0
        if time.monotonic() > deadline:
            break
        time.sleep(0.5)
    if not seen_app:
        print("queue-rows: no Guichet application on the accessibility bus", file=sys.stderr)
        return 2
    print(f"queue-rows: the queue shows {len(shown)} row(s), fewer than {args.min}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
