"""TODO(owner): placeholder until the module lands; returns nothing."""
def find_people(text, sentences, registry):
    return []
