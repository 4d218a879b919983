"""Privacy (PDPA): the versioned privacy notice and its acceptances, a person's export of
everything held about them, data-subject requests, and erasure by anonymisation."""
