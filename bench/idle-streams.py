#!/usr/bin/env python3
"""bench/run.sh: holds N streams of changes open on the service, as idle browsers would, until it is stopped.

Usage: bench/idle-streams.py BASE_URL N READY_FILE

Opens N connections to GET /api/v1/changes/stream, waits until each has answered 200 and sent its opening comment,
writes "open N" to READY_FILE (or "failed: ..." when a stream could not be opened), then reads and discards what the
streams send (heartbeats) until SIGTERM or SIGINT, and exits 0 if every stream was still open then.
"""

import asyncio
import resource
import signal
import sys
from urllib.parse import urlsplit


async def open_stream(host, port, ready):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET /api/v1/changes/stream HTTP/1.1\r\nHost: {host}:{port}\r\n"
                 "Accept: text/event-stream\r\n\r\n".encode("ascii"))
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(head.split(b"\r\n", 1)[0].decode("latin-1"))
    await reader.readuntil(b"\n\n")  # the opening comment
    ready()
    while True:
        if not await reader.read(4096):
            raise RuntimeError("the service closed a stream")


async def main(base, count, ready_file):
    url = urlsplit(base)
    host, port = url.hostname, url.port or 80
    opened = 0
    all_open = asyncio.get_running_loop().create_future()

    def ready():
        nonlocal opened
        opened += 1
        if opened == count and not all_open.done():
            all_open.set_result(True)

    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    tasks = []
    for _ in range(count):
        tasks.append(asyncio.create_task(open_stream(host, port, ready)))
        await asyncio.sleep(0.002)  # as browsers arrive, not all in one instant
    try:
        await asyncio.wait_for(all_open, 60)
    except asyncio.TimeoutError:
        failed = [t.exception() for t in tasks if t.done() and t.exception()]
        with open(ready_file, "w") as out:
            out.write(f"failed: {opened} of {count} open; {failed[:1]}\n")
        return 1
    with open(ready_file, "w") as out:
        out.write(f"open {opened}\n")
    waiting = asyncio.create_task(stop.wait())
    done, _ = await asyncio.wait(tasks + [waiting], return_when=asyncio.FIRST_COMPLETED)
    if waiting not in done:
        print(f"idle-streams: a stream ended early: {next(iter(done)).exception()}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))  # a descriptor a stream, past the usual 1,024
    sys.exit(asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3])))
