"""Reports for the estate office and its auditor (arrears, collections, registers, the
overview) and the residents' finance summary; the finance gauges of a Prometheus scrape."""
