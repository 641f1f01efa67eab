"""TODO(owner): placeholder until the module lands; returns nothing."""
def score_topics(text, mentions, registry):
    return {}
