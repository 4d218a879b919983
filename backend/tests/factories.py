"""factory_boy factories; rows go through the current app's session."""

from __future__ import annotations

import factory
from factory.alchemy import SQLAlchemyModelFactory

from village import database
from village.enums import Role, UserStatus
from village.security.passwords import hash_password
from village.users.models import User

PASSWORD = "Corr3ct-Horse-Battery"
# Hashed once at the test cost: every factory user shares it.
PASSWORD_HASH = hash_password(PASSWORD, rounds=4)


class UserFactory(SQLAlchemyModelFactory):
    class Meta:
        model = User
        sqlalchemy_session_factory = database.session
        sqlalchemy_session_persistence = "commit"

    email = factory.Sequence(lambda n: f"user{n}@village.example")
    full_name = factory.Faker("name")
    phone = factory.Sequence(lambda n: f"08{n:08d}")
    role = Role.RESIDENT
    status = UserStatus.ACTIVE
    house_number = factory.Sequence(lambda n: f"{n % 300 + 1}/{n % 7 + 1}")
    password_hash = PASSWORD_HASH
