"""TODO(owner): placeholder until the module lands; returns nothing."""
def find_experts(text, sentences, quotes, people):
    return []
