"""TODO(owner): placeholder until the module lands; returns nothing."""
def find_statements(text, sentences, registry, mentions, dated, published):
    return []
