"""TODO(owner): placeholder until the module lands; returns nothing."""
def find_mentions(text, registry, people):
    return []
