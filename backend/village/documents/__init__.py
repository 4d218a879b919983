"""The common fee's PDF documents (receipt, invoice, statement), in Thai with English labels.

Each document is one frozen dataclass of plain values (`contexts`) rendered by a
Jinja2 template (autoescaped) and WeasyPrint (`render`), which shapes Thai and
breaks Thai lines at word boundaries. Nothing is fetched while rendering: only
`data:` URLs are loaded, so user text can never make the renderer read a file
or call the network.
"""
