"""Payment slips: residents pay by transfer and upload the slip; the office reviews it."""
