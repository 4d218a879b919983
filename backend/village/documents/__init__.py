"""Documents (PDF) rendered from HTML templates with WeasyPrint: invoices, receipts, statements."""
