"""Words too common to search for, per language: short lists of function words (written with е for ё, as the
tokeniser folds them). A word of one letter is never indexed, so those are not listed."""
from __future__ import annotations

RUSSIAN = frozenset("""
и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня
еще нет о из ему когда даже ли если уже или ни быть был него до вас там себя ей может они тут где есть ней для мы
их чем была сам без чего раз тоже себе под будет тогда кто этот того потому этого какой ним этом один тем чтобы
нее были всех можно при об после над нас про всего них эти этой эту перед том такой им между также который
которая которое которые которого которой которых это свой своей своих свою является
""".split())

KAZAKH = frozenset("""
және мен бен пен да де та те бұл осы сол ол олар біз сіз сен үшін деп екен еді болып бар жоқ емес ал бірақ
не немесе әрі туралы қатысты дейін кейін сияқты арқылы бойынша тиіс жөнінде ғана тек әр барлық өз сондай
мұндай ма ме ба бе па пе ғой ақ бір оның осы оған оны сондықтан да дегенмен яғни
ның нің дың дің тың тің ға ге қа ке на не ны ні ды ді ты ті дан ден тан тен нан нен
""".split())  # the last line: case endings written after a hyphen (ҚР-ның, 2026-ға) are not words

ENGLISH = frozenset("""
the an and or of to in on at for with by from is are was were be been being it its this that these those as not
no but if than then so such which who whom what when where will would can could has have had do does did about
into over after before also there their they he she his her we our you your me my him them any all more most other
some only own same very just should may might must shall upon while
""".split())

STOPWORDS: dict[str, frozenset[str]] = {"ru": RUSSIAN, "kk": KAZAKH, "en": ENGLISH}
# A query's language is not known, so a query drops the words that are stopwords in any of the three.
ANY_LANGUAGE = RUSSIAN | KAZAKH | ENGLISH
