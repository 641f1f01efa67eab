"""English verb forms that the clause grammars read where no '-ed' ending marks a finite verb.

The irregular past tense is a closed class of the language, not a list of news phrasings: "Putin made the
announcement", "Trump gave Kyiv a deadline", "Zelensky cast doubt" open their clause with subject and verb just as
"Putin announced" does.
"""
from __future__ import annotations

IRREGULAR_PAST = frozenset("""
arose awoke bore beat became began bent bet bid bit bled blew broke bred brought built burnt burst bought cast
caught chose clung came cost crept cut dealt dug did drew drank drove ate fell fed felt fought found fled flung flew
forbade fit forecast foresaw foretold forgot forgave froze got gave went ground grew hung had heard hid hit held
hurt kept knelt knew laid led leant leapt learnt left lent let lay lit lost made meant met mistook overcame
overheard overran oversaw overtook overthrew paid proved put quit read rebuilt recast redid remade reset retold
rewrote rode rang rose ran said saw sought sold sent set shook shed shone shot showed shrank shut sang sank sat
slept slid slung slit spoke sped spent spun spat split spread sprang stood stole stuck stung strode struck strove
swore swept swam swung took taught tore told thought threw thrust trod underwent understood undertook undid upheld
upset withdrew withheld withstood woke wore wove wept won wound wrote
""".split())
