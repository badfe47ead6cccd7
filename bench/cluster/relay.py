#!/usr/bin/env python3
"""A TCP relay between one FairNotice node and PostgreSQL that can be held, to cut the network between them.

Usage: relay.py LISTEN_PORT TARGET_PORT (both on 127.0.0.1). SIGUSR1 holds the link: bytes stop flowing both ways and new
connections are accepted but not forwarded (what a dropped route or a silent firewall does: no reset, the peers wait).
SIGUSR2 releases it: whatever was held flows on. iptables needs privileges a test host may not grant; this needs none.
"""
import asyncio
import signal
import sys

held = asyncio.Event()  # set = flowing


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            await held.wait()
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def handle(client_reader, client_writer, target_port):
    await held.wait()
    try:
        server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(pipe(client_reader, server_writer), pipe(server_reader, client_writer))


async def main():
    listen, target = int(sys.argv[1]), int(sys.argv[2])
    held.set()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, lambda: (held.clear(), print("held", flush=True)))
    loop.add_signal_handler(signal.SIGUSR2, lambda: (held.set(), print("released", flush=True)))
    server = await asyncio.start_server(lambda r, w: handle(r, w, target), "127.0.0.1", listen)
    print(f"relay 127.0.0.1:{listen} -> 127.0.0.1:{target}", flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
