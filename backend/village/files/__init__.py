"""Uploaded files: judged by their content, stored by it, served only through their owner.

A domain that takes a file (a service request's photos, a payment slip, an
announcement's attachments) calls `service.store` in its route's request, then
`service.attach` to its object; its own route serves a file with `serving.send`
after its own access check, found with `queries.get_or_raise`. This package has
no routes: nothing reaches a file but through its owner. See docs/development.md.
"""
