"""A real SMTP server for the black-box tests (aiosmtpd): it accepts every message on
127.0.0.1:PORT and writes each one, parsed by Python's own e-mail package, as a JSON file
(recipients, subject, Content-Language, body, Message-ID) into DIR. Prints `ready` once it
listens. Usage: smtp_sink.py PORT DIR"""
import json
import os
import sys
import time
import uuid
from email import message_from_bytes
from email.policy import default

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.original_content or envelope.content, policy=default)
        record = {
            "to": list(envelope.rcpt_tos),
            "from": envelope.mail_from,
            "subject": str(message["Subject"]),
            "language": str(message["Content-Language"] or ""),
            "messageId": str(message["Message-ID"] or ""),
            "body": message.get_content(),
        }
        name = os.path.join(self.directory, f"{time.time_ns()}-{uuid.uuid4()}.json")
        with open(name + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.rename(name + ".tmp", name)
        return "250 Message accepted"


def main():
    port, directory = int(sys.argv[1]), sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(Sink(directory), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
