"""The floor: a one-route Flask JSON app, served by gunicorn with our settings.

Whatever /health costs beyond this is our own overhead.
"""

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/")
def hello():  # type: ignore[no-untyped-def]
    return jsonify(status="ok")
