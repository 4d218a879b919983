"""The village registry: houses (plots), their members, and requests to join one."""
