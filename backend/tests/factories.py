"""factory_boy factories; rows go through the current app's session."""

from __future__ import annotations

import factory
from factory.alchemy import SQLAlchemyModelFactory

from village import database
from village.enums import Role, UserStatus
from village.houses.models import House, HouseMember, Relation
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
    phone = factory.Sequence(lambda n: f"+6681{n:07d}")  # a Thai mobile in E.164
    role = Role.RESIDENT
    status = UserStatus.ACTIVE
    house_number = None  # derived from house memberships (village.houses)
    password_hash = PASSWORD_HASH


class HouseFactory(SQLAlchemyModelFactory):
    class Meta:
        model = House
        sqlalchemy_session_factory = database.session
        sqlalchemy_session_persistence = "commit"

    house_number = factory.Sequence(lambda n: f"{n // 50 + 1}/{n % 50 + 1}")
    zone = "A"
    land_area_hundredths = 5000


class MemberFactory(SQLAlchemyModelFactory):
    """A current membership; give `house` and `user`."""

    class Meta:
        model = HouseMember
        sqlalchemy_session_factory = database.session
        sqlalchemy_session_persistence = "commit"

    house = factory.SubFactory(HouseFactory)
    user = factory.SubFactory(UserFactory)
    relation = Relation.OWNER
    is_primary_contact = True
