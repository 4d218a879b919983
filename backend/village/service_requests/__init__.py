"""Service requests (แจ้งซ่อม / แจ้งปัญหา): residents report, the estate office works them."""
