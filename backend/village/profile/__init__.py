"""The village profile: one row naming the village and its juristic person."""
