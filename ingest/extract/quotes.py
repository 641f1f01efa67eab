"""TODO(owner): placeholder until the module lands; returns nothing."""
def find_quotes(text, sentences, registry, people):
    return []
